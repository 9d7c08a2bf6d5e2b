import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useMeeting } from './MeetingServices';
import { useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Where the tab stands: live or single-user, in Teams or not, signed in or not, event found or not. */
export function StatusNotices() {
  const { session, live } = useMeeting();
  const t = useText();
  const styles = useStyles();
  useRun(); // roles can change with the connection; re-read canControl on every update
  return (
    <div className={styles.list} role="status" data-testid="status">
      <MessageBar intent={live.mode === 'live' ? 'success' : 'warning'} data-mode={live.mode}>
        <MessageBarBody>{t(live.mode === 'live' ? 'status.live' : 'status.singleUser')}</MessageBarBody>
      </MessageBar>
      {session.notices.map((n) => (
        <MessageBar key={n.key} intent={n.intent}>
          <MessageBarBody>{t(n.key, n.params)}</MessageBarBody>
        </MessageBar>
      ))}
      {!live.canControl() && (
        <MessageBar intent="info">
          <MessageBarBody>{t('status.viewer')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
