import {
  Badge,
  Button,
  Card,
  CardHeader,
  Checkbox,
  Field,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { buildMinutes } from '../../core/meeting/buildMinutes';
import { minutesClock, type ClockState } from '../../core/meeting/minutesClock';
import { useMeeting } from './MeetingServices';
import { useMinutesSender } from './useMinutesSender';
import { useNow, useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  text: { fontFamily: tokens.fontFamilyMonospace },
});
const COLOR: Record<ClockState, 'informative' | 'warning' | 'success' | 'danger'> = {
  'not-started': 'informative',
  open: 'warning',
  done: 'success',
  late: 'danger',
  'done-late': 'warning',
};

/**
 * The minutes draft in the meeting's language. The guide's clock runs on circulation: the draft counts once
 * it is sent (within 2 hours of the close), the final once a version marked final is sent (within 24 hours).
 * Edited here, sent by mail to every attendee and posted to the meeting chat.
 */
export function MinutesPanel() {
  const s = useMeeting();
  const { session } = s;
  const run = useRun();
  const t = useText();
  const styles = useStyles();
  const now = useNow(true, 30_000);
  const [draft] = useState(() =>
    buildMinutes({
      lang: session.lang,
      subject: session.ref.title,
      start: session.invite?.start,
      end: session.invite?.end,
      timeZone: session.ref.timeZone,
      invitees: session.invitees,
      run,
      meetingDay: session.meetingDay,
    }),
  );
  const [text, setText] = useState(draft.text);
  const [final, setFinal] = useState(false);
  const { busy, msg, send, recipients } = useMinutesSender(draft.subject, text, final);
  const clock = minutesClock(run.closedAt, run.minutes, now);
  const when = (ms: number | undefined) =>
    ms === undefined
      ? ''
      : new Intl.DateTimeFormat(session.lang, {
          timeStyle: 'short',
          dateStyle: 'short',
          timeZone: session.ref.timeZone,
        }).format(ms);
  const label = (state: ClockState, due: number | undefined) => t(`clock.${state}`, { when: when(due) });
  return (
    <Card data-testid="minutes">
      <CardHeader
        header={
          <Text as="h2" weight="semibold">
            {t('after.minutes')}
          </Text>
        }
      />
      <div className={styles.bar} data-testid="minutes-clock">
        <Badge color={COLOR[clock.draft]}>
          {t('after.draftClock', { state: label(clock.draft, clock.draftDue) })}
        </Badge>
        <Badge color={COLOR[clock.final]}>
          {t('after.finalClock', { state: label(clock.final, clock.finalDue) })}
        </Badge>
      </div>
      <Field label={t('after.edit')}>
        <Textarea
          className={styles.text}
          value={text}
          onChange={(_, d) => setText(d.value)}
          rows={16}
          resize="vertical"
          data-testid="minutes-text"
        />
      </Field>
      <div className={styles.bar}>
        <Checkbox checked={final} onChange={(_, d) => setFinal(!!d.checked)} label={t('after.final')} />
        <Button
          appearance="primary"
          disabled={busy || !s.sendMail || recipients.length === 0}
          onClick={() => void send('mail')}
        >
          {t('after.sendMail')}
        </Button>
        <Button disabled={busy || !s.postToChat} onClick={() => void send('chat')}>
          {t('after.sendChat')}
        </Button>
      </div>
      {recipients.length === 0 && <Text>{t('after.noRecipients')}</Text>}
      {!s.sendMail && s.missing.mail && (
        <Text>{t('after.sendFailed', { reason: s.describeError(s.missing.mail) })}</Text>
      )}
      {msg && (
        <Text role="status" data-testid="minutes-result">
          {msg}
        </Text>
      )}
    </Card>
  );
}
