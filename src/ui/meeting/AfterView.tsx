import { Button, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { countableActions, meetingPeople } from '../../core/meeting/meetingRunSelectors';
import { FeedbackPulse } from './FeedbackPulse';
import { GoalMetForm } from './GoalMetForm';
import { MinutesPanel } from './MinutesPanel';
import { SyncPanel } from './SyncPanel';
import { useMeeting } from './MeetingServices';
import { useDispatch, useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Closing review (decisions, actions, owners), goal met?, feedback pulse; then minutes and Planner. */
export function AfterView() {
  const { session, live } = useMeeting();
  const run = useRun();
  const t = useText();
  const styles = useStyles();
  const { dispatch, error } = useDispatch();
  if (run.phase === 'before' || run.phase === 'running') return <Text>{t('after.notClosed')}</Text>;
  const actions = countableActions(run, meetingPeople(run, session.invitees), session.meetingDay);
  return (
    <div className={styles.col}>
      <Card data-testid="closing-review">
        <CardHeader
          header={
            <Text as="h2" weight="semibold">
              {t('closing.title')}
            </Text>
          }
          description={<Text>{t('closing.repeat')}</Text>}
        />
        <Text weight="semibold">{t('decisions.title')}</Text>
        <ul className={styles.list}>
          {run.decisions.map((d) => (
            <li key={d.id}>{d.text}</li>
          ))}
        </ul>
        <Text weight="semibold">{t('actions.title')}</Text>
        <ul className={styles.list}>
          {actions.map((a) => (
            <li key={a.id}>
              {a.content} — {a.owner?.name} — {a.acceptance} — {a.due}
            </li>
          ))}
        </ul>
        {run.phase === 'closing' && live.canControl() && (
          <div className={styles.bar}>
            <Button onClick={() => dispatch({ type: 'meeting.reopen' })}>{t('closing.reopen')}</Button>
            <Button appearance="primary" onClick={() => dispatch({ type: 'meeting.finish' })}>
              {t('closing.finish')}
            </Button>
          </div>
        )}
        {error && <Text role="alert">{error}</Text>}
      </Card>
      <GoalMetForm />
      <FeedbackPulse />
      {run.phase === 'closed' && (
        <>
          <MinutesPanel />
          <SyncPanel />
        </>
      )}
    </div>
  );
}
