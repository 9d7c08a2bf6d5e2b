import { Button, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { readinessOf } from '../../core/meeting/meetingRunSelectors';
import { useMeeting } from './MeetingServices';
import { useDispatch, useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  cols: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Each attendee marks the pre-reads read; the organizer sees who is ready. */
export function ReadinessCard() {
  const { session, live } = useMeeting();
  const run = useRun();
  const t = useText();
  const styles = useStyles();
  const { dispatch, error } = useDispatch();
  const mine = run.readiness[live.me] !== undefined;
  const { ready, waiting } = readinessOf(run, session.invitees);
  return (
    <Card>
      <CardHeader
        header={
          <Text as="h2" weight="semibold">
            {t('before.readiness')}
          </Text>
        }
      />
      <div>
        <Button
          appearance={mine ? 'secondary' : 'primary'}
          onClick={() => dispatch({ type: 'preread.mark', read: !mine })}
        >
          {t(mine ? 'before.unmarkRead' : 'before.markRead')}
        </Button>
      </div>
      {error && <Text role="alert">{error}</Text>}
      {session.isOrganizer && session.invitees.length > 0 && (
        <div className={styles.cols} data-testid="readiness">
          <div>
            <Text weight="semibold">{t('before.ready', { n: ready.length })}</Text>
            <ul className={styles.list}>
              {ready.map((p) => (
                <li key={p.id}>{p.name}</li>
              ))}
            </ul>
          </div>
          <div>
            <Text weight="semibold">{t('before.waiting', { n: waiting.length })}</Text>
            <ul className={styles.list}>
              {waiting.map((p) => (
                <li key={p.id}>{p.name}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </Card>
  );
}
