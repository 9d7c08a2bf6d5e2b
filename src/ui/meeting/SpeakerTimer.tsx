import { Button, Card, CardHeader, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { speakerTiming } from '../../core/meeting/meetingRunSelectors';
import { useMeeting } from './MeetingServices';
import { formatClock, useDispatch, useNow, useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  timer: { fontVariantNumeric: 'tabular-nums' },
});

/** The guide's ≤ 3 minutes per speaker, visible to everyone. */
export function SpeakerTimer() {
  const { live } = useMeeting();
  const run = useRun();
  const t = useText();
  const styles = useStyles();
  const { dispatch, error } = useDispatch();
  const [name, setName] = useState('');
  const sp = speakerTiming(run, useNow(run.speaker.runningSince !== undefined, 500));
  const control = live.canControl();
  return (
    <Card>
      <CardHeader
        header={
          <Text as="h2" weight="semibold">
            {t('speaker.title')}
          </Text>
        }
      />
      <Text
        className={sp.overrun ? styles.over : styles.timer}
        aria-live="polite"
        data-testid="speaker-timer"
      >
        {sp.name ? `${sp.name}: ` : ''}
        {sp.overrun
          ? t('speaker.over', { time: formatClock(-sp.remainingMs) })
          : t('speaker.remaining', { time: formatClock(sp.remainingMs) })}
      </Text>
      {control && (
        <div className={styles.row}>
          <Field label={t('speaker.name')}>
            <Input value={name} onChange={(_, d) => setName(d.value)} />
          </Field>
          <Button appearance="primary" onClick={() => dispatch({ type: 'speaker.start', name })}>
            {t('speaker.start', { min: Math.round(run.speaker.limitMs / 60_000) })}
          </Button>
          <Button onClick={() => dispatch({ type: 'speaker.stop' })} disabled={!sp.running}>
            {t('speaker.stop')}
          </Button>
        </div>
      )}
      {error && <Text role="alert">{error}</Text>}
    </Card>
  );
}
