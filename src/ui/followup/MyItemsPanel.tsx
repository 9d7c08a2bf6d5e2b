import { useEffect, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Field,
  MessageBar,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TrackedTask } from '../../core/followup/TrackedTask';
import { toLocal } from '../../core/time/toLocal';
import type { FollowupServices } from './FollowupServices';
import { ft } from './followupText';
import { useTaskAction, type TaskPanelProps } from './useTaskAction';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  focused: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

function AnswerBadge({ task, lang }: { task: TrackedTask; lang: FollowupServices['lang'] }) {
  const a = task.acceptance;
  if (!a || a.state === 'pending')
    return (
      <Badge appearance="tint" color="warning">
        {ft(lang, 'mine.pending')}
      </Badge>
    );
  if (a.state === 'accepted')
    return (
      <Badge appearance="tint" color="success">
        {ft(lang, 'mine.accepted')}
      </Badge>
    );
  return (
    <Badge appearance="tint" color="danger">
      {ft(lang, 'mine.declined', { reason: a.reason ?? ft(lang, 'declined.noReason') })}
    </Badge>
  );
}

function ItemCard({
  task,
  data,
  services,
  focused,
  onChanged,
}: TaskPanelProps & { task: TrackedTask; focused: boolean }) {
  const styles = useStyles();
  const { lang } = services;
  const ref = useRef<HTMLDivElement>(null);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, notice, run } = useTaskAction(services, onChanged);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView?.({ block: 'center' });
  }, [focused]);
  const meeting = task.meetingId ? data.meetings.find((m) => m.meetingId === task.meetingId) : undefined;
  const sendDecline = () => {
    if (!reason.trim()) return;
    void run(
      () => services.answer(task, { state: 'declined', reason: reason.trim() }),
      ft(lang, 'mine.declinedDone'),
    );
  };
  return (
    <Card
      ref={ref}
      data-testid="my-item"
      aria-current={focused ? 'true' : undefined}
      className={focused ? styles.focused : undefined}
    >
      <Text weight="semibold">{task.title}</Text>
      <div className={styles.row}>
        <AnswerBadge task={task} lang={lang} />
        {task.dueDateTime && (
          <Text size={200}>
            {ft(lang, 'alerts.due', { date: toLocal(task.dueDateTime, data.zone).date })}
          </Text>
        )}
        {meeting && <Text size={200}>{ft(lang, 'mine.from', { meeting: meeting.subject })}</Text>}
      </div>
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          {notice.text}
        </MessageBar>
      )}
      {declining ? (
        <>
          <Field
            label={ft(lang, 'mine.reason')}
            validationMessage={reason.trim() ? undefined : ft(lang, 'mine.needReason')}
          >
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy || !reason.trim()} onClick={sendDecline}>
              {ft(lang, 'mine.sendDecline')}
            </Button>
            <Button onClick={() => setDeclining(false)}>{ft(lang, 'mine.cancel')}</Button>
          </div>
        </>
      ) : (
        <div className={styles.row}>
          {task.acceptance?.state !== 'accepted' && (
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() =>
                void run(() => services.answer(task, { state: 'accepted' }), ft(lang, 'mine.acceptedDone'))
              }
            >
              {ft(lang, 'mine.accept')}
            </Button>
          )}
          {task.acceptance?.state !== 'declined' && (
            <Button disabled={busy} onClick={() => setDeclining(true)}>
              {ft(lang, 'mine.decline')}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}

/** The signed-in owner's open action items: accept, or decline with a reason that goes back to the organizer. */
export function MyItemsPanel({ data, services, onChanged }: TaskPanelProps) {
  const styles = useStyles();
  const mine = data.tasks.filter((t) => t.percentComplete < 100 && t.assigneeIds.includes(data.me.id));
  if (mine.length === 0) return <MessageBar>{ft(services.lang, 'mine.none')}</MessageBar>;
  return (
    <section aria-label={ft(services.lang, 'tab.mine')} className={styles.list}>
      {mine.map((t) => (
        <ItemCard
          key={t.id}
          task={t}
          data={data}
          services={services}
          focused={t.id === services.focusTaskId}
          onChanged={onChanged}
        />
      ))}
    </section>
  );
}
