import { useState } from 'react';
import { Button, Card, MessageBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TrackedTask } from '../../core/followup/TrackedTask';
import type { FollowupData } from './FollowupServices';
import { ft } from './followupText';
import { useTaskAction, type TaskPanelProps } from './useTaskAction';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** Declined items that come back to this user: those of meetings they organized, and unlinked ones they see. */
export function declinedForMe(data: FollowupData): TrackedTask[] {
  const organizerOf = new Map(data.meetings.map((m) => [m.meetingId, m.organizerEmail]));
  return data.tasks.filter((t) => {
    if (t.acceptance?.state !== 'declined' || t.percentComplete >= 100) return false;
    const organizer = t.meetingId ? organizerOf.get(t.meetingId) : undefined;
    return organizer === undefined || organizer === data.me.email.toLowerCase();
  });
}

function DeclinedCard({ task, data, services, onChanged }: TaskPanelProps & { task: TrackedTask }) {
  const styles = useStyles();
  const { lang } = services;
  const name = (id: string) => data.people[id] ?? id;
  const candidates = Object.keys(data.people).filter((id) => !task.assigneeIds.includes(id));
  const [to, setTo] = useState(candidates[0] ?? '');
  const { busy, notice, run } = useTaskAction(services, onChanged);
  const a = task.acceptance?.state === 'declined' ? task.acceptance : undefined;
  const owner = a?.by ? name(a.by) : task.assigneeIds.map(name).join(', ');
  return (
    <Card data-testid="declined-item">
      <Text weight="semibold">{task.title}</Text>
      <Text>{ft(lang, 'declined.what', { owner, reason: a?.reason ?? ft(lang, 'declined.noReason') })}</Text>
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          {notice.text}
        </MessageBar>
      )}
      <div className={styles.row}>
        {candidates.length > 0 && (
          <>
            <label>
              <Text>{ft(lang, 'declined.reassignTo')} </Text>
              <Select value={to} onChange={(_, d) => setTo(d.value)}>
                {candidates.map((id) => (
                  <option key={id} value={id}>
                    {name(id)}
                  </option>
                ))}
              </Select>
            </label>
            <Button
              appearance="primary"
              disabled={busy || !to}
              onClick={() =>
                void run(
                  () => services.reassign(task, to),
                  ft(lang, 'declined.reassigned', { owner: name(to) }),
                )
              }
            >
              {ft(lang, 'declined.reassign')}
            </Button>
          </>
        )}
        <Button
          disabled={busy}
          onClick={() => void run(() => services.drop(task), ft(lang, 'declined.dropped'))}
        >
          {ft(lang, 'declined.drop')}
        </Button>
      </div>
    </Card>
  );
}

/** The organizer's view of declines: who declined, why, and what to do (reassign or drop). */
export function DeclinedPanel({ data, services, onChanged }: TaskPanelProps) {
  const styles = useStyles();
  const items = declinedForMe(data);
  if (items.length === 0)
    return <MessageBar intent="success">{ft(services.lang, 'declined.none')}</MessageBar>;
  return (
    <section aria-label={ft(services.lang, 'tab.declined', { count: items.length })} className={styles.list}>
      {items.map((t) => (
        <DeclinedCard key={t.id} task={t} data={data} services={services} onChanged={onChanged} />
      ))}
    </section>
  );
}
