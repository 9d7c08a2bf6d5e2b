import { useState } from 'react';
import { minutesHtml } from '../../core/meeting/buildMinutes';
import { toOutcomes } from '../../core/meeting/MeetingOutcomes';
import type { AppError } from '../../core/errors/AppError';
import { useMeeting } from './MeetingServices';
import { useDispatch, useRun, useText } from './meetingHooks';

/**
 * Sends the (edited) minutes by mail to every known attendee or to the meeting chat, records the send on
 * the shared run (the guide's clock) and stores the outcomes with the event. HTML is built from escaped
 * text only.
 */
export function useMinutesSender(subject: string, text: string, final: boolean) {
  const s = useMeeting();
  const { session } = s;
  const run = useRun();
  const t = useText();
  const { dispatch } = useDispatch();
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<string | null>(null);
  const recipients = [
    ...new Set(
      [...session.invitees, ...Object.values(run.attendance)]
        .map((p) => p.email?.toLowerCase())
        .filter((e): e is string => !!e),
    ),
  ];
  const after = async (r: { ok: boolean; error?: AppError } | undefined) => {
    if (!r) return;
    if (!r.ok && r.error) return setMsg(t('after.sendFailed', { reason: s.describeError(r.error) }));
    dispatch({ type: 'minutes.sent', final });
    const saved = await s.saveOutcomes?.(toOutcomes(run, session.ref.meetingId));
    const note = saved
      ? saved.ok
        ? t('after.saveOutcomes')
        : t('after.saveFailed', { reason: s.describeError(saved.error) })
      : '';
    setMsg(`${t('after.sent')} ${note}`);
  };
  const send = async (how: 'mail' | 'chat') => {
    setBusy(true);
    setMsg(null);
    try {
      const html = minutesHtml(text);
      if (how === 'mail')
        await after(
          await s.sendMail?.({ to: recipients, subject, body: { contentType: 'html', content: html } }),
        );
      else await after(await s.postToChat?.(html));
    } finally {
      setBusy(false);
    }
  };
  return { busy, msg, send, recipients };
}
