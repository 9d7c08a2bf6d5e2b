import {
  Badge,
  Button,
  Card,
  CardHeader,
  makeStyles,
  mergeClasses,
  ProgressBar,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { toActionItems, meetingPeople } from '../../core/meeting/meetingRunSelectors';
import type { SyncProgress } from '../../core/sync/SyncEngine';
import { toOutcomes } from '../../core/meeting/MeetingOutcomes';
import { useCardStyles } from './cardStyles';
import { useMeeting } from './MeetingServices';
import { useDispatch, useRun, useText } from './meetingHooks';

const useStyles = makeStyles({ centered: { alignItems: 'center' } });

/** Complete action items go to Planner through the sync engine's outbox; progress and each item's state are shown. */
export function SyncPanel() {
  const { session, sync, missing, describeError, now, saveOutcomes } = useMeeting();
  const run = useRun();
  const t = useText();
  const styles = useCardStyles();
  const local = useStyles();
  const { dispatch } = useDispatch();
  const [progress, setProgress] = useState<SyncProgress | null>(() => sync?.engine.status() ?? null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!sync) return;
    void sync.engine.load();
    return sync.engine.subscribe(setProgress);
  }, [sync]);
  if (!sync) {
    return (
      <Card>
        <Text>
          {t('sync.unavailable', { reason: missing.planner ? describeError(missing.planner) : '—' })}
        </Text>
      </Card>
    );
  }
  const items = toActionItems(
    run,
    meetingPeople(run, session.invitees),
    session.meetingDay,
    session.ref,
    new Date(now()).toISOString(),
  );
  const mine = (progress?.items ?? []).filter((i) => i.meetingId === session.ref.meetingId);
  const done = mine.filter((i) => i.state === 'synced').length;
  const go = async () => {
    setBusy(true);
    try {
      const r = await sync.engine.enqueue(items, sync.target);
      if (r.ok)
        dispatch({
          type: 'actions.synced',
          ids: [...r.value.added, ...r.value.skipped].map((k) => k.slice(session.ref.meetingId.length + 1)),
        });
      await sync.engine.run();
      // Item → task ids go onto the event with the outcomes, so a re-sync from any device recognises them.
      const taskIds = Object.fromEntries(
        sync.engine.linksFor(session.ref.meetingId).map((l) => [l.key, l.taskId]),
      );
      await saveOutcomes?.(toOutcomes(run, session.ref.meetingId, taskIds));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card data-testid="sync">
      <CardHeader
        header={
          <Text as="h2" weight="semibold">
            {t('sync.title')}
          </Text>
        }
      />
      {items.length === 0 ? (
        <Text>{t('sync.none')}</Text>
      ) : (
        <div>
          <Button appearance="primary" disabled={busy} onClick={() => void go()}>
            {t('sync.run', { n: items.length })}
          </Button>
        </div>
      )}
      {mine.length > 0 && (
        <>
          <ProgressBar
            value={done / mine.length}
            aria-label={t('sync.progress', { done, all: mine.length })}
          />
          <Text data-testid="sync-progress">{t('sync.progress', { done, all: mine.length })}</Text>
          <ul className={styles.list}>
            {mine.map((i) => (
              <li key={i.key} className={mergeClasses(styles.row, local.centered)} data-state={i.state}>
                <Text>{i.content}</Text>
                <Badge
                  color={
                    i.state === 'synced'
                      ? 'success'
                      : i.state === 'failed' || i.state === 'needs-attention'
                        ? 'danger'
                        : 'informative'
                  }
                >
                  {t(`sync.state.${i.state === 'created' || i.state === 'details' ? 'creating' : i.state}`)}
                </Badge>
                {i.fallbackReason && (
                  <Text>{t('sync.todo', { reason: describeError(i.fallbackReason) })}</Text>
                )}
                {i.lastError && i.state !== 'synced' && <Text>{describeError(i.lastError)}</Text>}
                {(i.state === 'failed' || i.state === 'needs-attention') && (
                  <Button
                    size="small"
                    onClick={() => void sync.engine.retry(i.key).then(() => sync.engine.run())}
                  >
                    {t('sync.retry')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {progress?.blockedBy && <Text role="alert">{describeError(progress.blockedBy)}</Text>}
    </Card>
  );
}
