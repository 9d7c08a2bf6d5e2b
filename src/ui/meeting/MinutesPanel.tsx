import { Badge, Button, Card, CardHeader, Checkbox, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { buildMinutes, minutesHtml } from '../../core/meeting/buildMinutes';
import { minutesClock, type ClockState } from '../../core/meeting/minutesClock';
import { toOutcomes } from '../../core/meeting/MeetingOutcomes';
import { useMeeting } from './MeetingServices';
import { useDispatch, useNow, useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  text: { fontFamily: tokens.fontFamilyMonospace },
});
const COLOR: Record<ClockState, 'informative' | 'warning' | 'success' | 'danger'> = { 'not-started': 'informative', open: 'warning', done: 'success', late: 'danger', 'done-late': 'warning' };

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
  const { dispatch } = useDispatch();
  const now = useNow(true, 30_000);
  const [draft] = useState(() => buildMinutes({ lang: session.lang, subject: session.ref.title, start: session.invite?.start, end: session.invite?.end, timeZone: session.ref.timeZone, invitees: session.invitees, run, meetingDay: session.meetingDay }));
  const [text, setText] = useState(draft.text);
  const [final, setFinal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<string | null>(null);
  const clock = minutesClock(run.closedAt, run.minutes, now);
  const when = (ms: number | undefined) => (ms === undefined ? '' : new Intl.DateTimeFormat(session.lang, { timeStyle: 'short', dateStyle: 'short', timeZone: session.ref.timeZone }).format(ms));
  const label = (state: ClockState, due: number | undefined) => t(`clock.${state}`, { when: when(due) });
  const recipients = [...new Set([...session.invitees, ...Object.values(run.attendance)].map((p) => p.email?.toLowerCase()).filter((e): e is string => !!e))];

  const after = async (r: { ok: boolean; error?: Parameters<typeof s.describeError>[0] } | undefined) => {
    if (!r) return;
    if (!r.ok && r.error) return setMsg(t('after.sendFailed', { reason: s.describeError(r.error) }));
    dispatch({ type: 'minutes.sent', final });
    const saved = await s.saveOutcomes?.(toOutcomes(run, session.ref.meetingId));
    setMsg(`${t('after.sent')} ${saved ? (saved.ok ? t('after.saveOutcomes') : t('after.saveFailed', { reason: s.describeError(saved.error) })) : ''}`);
  };
  const send = async (how: 'mail' | 'chat') => {
    setBusy(true);
    setMsg(null);
    try {
      const html = minutesHtml(text);
      if (how === 'mail') await after(await s.sendMail?.({ to: recipients, subject: draft.subject, body: { contentType: 'html', content: html } }));
      else await after(await s.postToChat?.(html));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card data-testid="minutes">
      <CardHeader header={<Text as="h2" weight="semibold">{t('after.minutes')}</Text>} />
      <div className={styles.bar} data-testid="minutes-clock">
        <Badge color={COLOR[clock.draft]}>{t('after.draftClock', { state: label(clock.draft, clock.draftDue) })}</Badge>
        <Badge color={COLOR[clock.final]}>{t('after.finalClock', { state: label(clock.final, clock.finalDue) })}</Badge>
      </div>
      <Field label={t('after.edit')}>
        <Textarea className={styles.text} value={text} onChange={(_, d) => setText(d.value)} rows={16} resize="vertical" data-testid="minutes-text" />
      </Field>
      <div className={styles.bar}>
        <Checkbox checked={final} onChange={(_, d) => setFinal(!!d.checked)} label={t('after.final')} />
        <Button appearance="primary" disabled={busy || !s.sendMail || recipients.length === 0} onClick={() => void send('mail')}>
          {t('after.sendMail')}
        </Button>
        <Button disabled={busy || !s.postToChat} onClick={() => void send('chat')}>
          {t('after.sendChat')}
        </Button>
      </div>
      {recipients.length === 0 && <Text>{t('after.noRecipients')}</Text>}
      {!s.sendMail && s.missing.mail && <Text>{t('after.sendFailed', { reason: s.describeError(s.missing.mail) })}</Text>}
      {msg && (
        <Text role="status" data-testid="minutes-result">
          {msg}
        </Text>
      )}
    </Card>
  );
}
