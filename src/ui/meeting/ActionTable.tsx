import { Button, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { actionProblems, meetingPeople } from '../../core/meeting/meetingRunSelectors';
import { ActionRow } from './ActionRow';
import { useMeeting } from './MeetingServices';
import { useDispatch, useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The guide's action table: an item counts only with owner, task, acceptance standard and due date. */
export function ActionTable() {
  const { session, newId } = useMeeting();
  const run = useRun();
  const t = useText();
  const styles = useStyles();
  const { dispatch, error } = useDispatch();
  const people = meetingPeople(run, session.invitees);
  const complete = run.actions.filter(
    (a) => actionProblems(a, people, session.meetingDay).length === 0,
  ).length;
  const closed = run.phase === 'closed';
  return (
    <Card data-testid="actions">
      <CardHeader
        header={
          <Text as="h2" weight="semibold">
            {t('actions.title')}
          </Text>
        }
        description={<Text>{t('actions.counts', { ok: complete, all: run.actions.length })}</Text>}
      />
      <div className={styles.rows}>
        {run.actions.map((a, i) => (
          <ActionRow
            key={a.id}
            action={a}
            index={i}
            people={people}
            locked={closed || run.synced.includes(a.id)}
          />
        ))}
      </div>
      {!closed && (
        <div>
          <Button onClick={() => dispatch({ type: 'action.add', id: newId() })}>{t('actions.add')}</Button>
        </div>
      )}
      {error && <Text role="alert">{error}</Text>}
    </Card>
  );
}
