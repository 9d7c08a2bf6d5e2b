import {
  Badge,
  Button,
  Card,
  CardHeader,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { itemTiming } from '../../core/meeting/meetingRunSelectors';
import { useCardStyles } from './cardStyles';
import { useMeeting } from './MeetingServices';
import { formatClock, useDispatch, useNow, useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  tight: { gap: tokens.spacingVerticalXXS },
  current: { fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  timer: { fontVariantNumeric: 'tabular-nums' },
});

/** The agenda with the current item, its timer and an overrun warning; organizer and presenters drive it. */
export function AgendaRunner() {
  const { live } = useMeeting();
  const run = useRun();
  const t = useText();
  const styles = { ...useCardStyles(), ...useStyles() };
  const { dispatch, error } = useDispatch();
  const now = useNow(run.phase === 'running');
  const timing = itemTiming(run, now);
  const control = live.canControl();
  const item = run.items[run.current];
  const running = run.phase === 'running';
  return (
    <Card>
      <CardHeader
        header={
          <Text as="h2" weight="semibold">
            {t('during.agenda')}
          </Text>
        }
      />
      <ol className={mergeClasses(styles.list, styles.tight)} data-testid="agenda">
        {run.items.map((it, i) => (
          <li
            key={i}
            className={
              running && i === run.current
                ? styles.current
                : running && i < run.current
                  ? styles.quiet
                  : undefined
            }
            aria-current={running && i === run.current ? 'step' : undefined}
          >
            {it.title}
            {it.owner ? ` · ${it.owner}` : ''}
            {it.minutes ? ` · ${t('during.minutes', { n: it.minutes })}` : ''}{' '}
            {running && i === run.current && <Badge appearance="filled">{t('during.current')}</Badge>}
          </li>
        ))}
      </ol>
      {run.phase === 'before' && run.items.length > 0 && <Text>{t('during.notStarted')}</Text>}
      {running && item && (
        <div aria-live="polite">
          <Text className={styles.timer} data-testid="item-timer">
            {timing.plannedMs > 0
              ? t('during.itemTimer', {
                  elapsed: formatClock(timing.elapsedMs),
                  planned: formatClock(timing.plannedMs),
                })
              : t('during.itemNoPlan', { elapsed: formatClock(timing.elapsedMs) })}
          </Text>
          {timing.plannedMs > 0 && (
            <ProgressBar
              value={Math.min(1, timing.elapsedMs / timing.plannedMs)}
              color={timing.overrun ? 'error' : 'brand'}
              aria-label={t('during.agenda')}
            />
          )}
        </div>
      )}
      {running && timing.overrun && (
        <MessageBar intent="warning" data-testid="overrun">
          <MessageBarBody>{t('during.overrun', { over: formatClock(-timing.remainingMs) })}</MessageBarBody>
        </MessageBar>
      )}
      {control && (
        <div className={styles.bar}>
          {run.phase === 'before' && (
            <Button
              appearance="primary"
              disabled={run.items.length === 0}
              onClick={() => dispatch({ type: 'meeting.start' })}
            >
              {t('during.start')}
            </Button>
          )}
          {running && (
            <>
              <Button onClick={() => dispatch({ type: 'item.prev' })} disabled={run.current === 0}>
                {t('during.prev')}
              </Button>
              <Button
                appearance="primary"
                onClick={() => dispatch({ type: 'item.next' })}
                disabled={run.current >= run.items.length - 1}
              >
                {t('during.next')}
              </Button>
              <Button onClick={() => dispatch({ type: timing.running ? 'item.pause' : 'item.resume' })}>
                {t(timing.running ? 'during.pause' : 'during.resume')}
              </Button>
              <Button onClick={() => dispatch({ type: 'item.extend', minutes: 5 })}>
                {t('during.extend')}
              </Button>
              <Button onClick={() => dispatch({ type: 'meeting.close' })}>{t('during.close')}</Button>
            </>
          )}
        </div>
      )}
      {error && <Text role="alert">{error}</Text>}
    </Card>
  );
}
