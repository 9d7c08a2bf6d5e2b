import { createTranslator } from '../i18n/createTranslator';
import { meetingCatalog } from '../i18n/catalogs/meetingCatalog';
import type { Lang } from '../model/Lang';
import type { MeetingRunState, Person } from './MeetingRun';
import { countableActions } from './meetingRunSelectors';

const t = createTranslator(meetingCatalog);

export interface MinutesInput {
  lang: Lang;
  subject: string;
  /** ISO instants and the meeting-local zone. */
  start?: string;
  end?: string;
  timeZone: string;
  invitees: readonly Person[];
  run: MeetingRunState;
  meetingDay: string;
}

export interface Minutes {
  subject: string;
  text: string;
}

function when(lang: Lang, start: string | undefined, end: string | undefined, timeZone: string): string {
  const s = start ? new Date(start) : undefined;
  if (!s || Number.isNaN(s.getTime())) return '';
  const zone = safeZone(timeZone);
  const day = new Intl.DateTimeFormat(lang, {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
  }).format(s);
  const hm = new Intl.DateTimeFormat(lang, {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  const e = end ? new Date(end) : undefined;
  return `${day} ${hm.format(s)}${e && !Number.isNaN(e.getTime()) ? `–${hm.format(e)}` : ''} (${zone})`;
}

function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

/**
 * The minutes draft in the meeting's language: what was decided, who does what by when, what was
 * parked, who came. Plain text, so it is safe to show in a text box and to send; see minutesHtml.
 */
export function buildMinutes(m: MinutesInput): Minutes {
  const { lang, run } = m;
  const L: string[] = [];
  const head = (k: Parameters<typeof t>[1]): void => {
    L.push('', `${t(lang, k)}`);
  };
  const subject = t(lang, 'minutes.subject', { subject: m.subject || t(lang, 'minutes.untitled') });
  L.push(subject);
  const w = when(lang, m.start, m.end, m.timeZone);
  if (w) L.push(`${t(lang, 'minutes.when')}: ${w}`);
  L.push(`${t(lang, 'minutes.goal')}: ${run.goal || t(lang, 'minutes.none')}`);
  if (run.goalMet) {
    const v = t(lang, `minutes.goalMet.${run.goalMet.verdict}`);
    L.push(`${t(lang, 'minutes.goalMet')}: ${v}${run.goalMet.why ? ` — ${run.goalMet.why}` : ''}`);
  }

  head('minutes.agenda');
  if (run.items.length === 0) L.push(t(lang, 'minutes.none'));
  run.items.forEach((it, i) => {
    const used = run.spent[i];
    const plan = it.minutes ? t(lang, 'minutes.planned', { n: it.minutes }) : '';
    const spent = used !== undefined ? t(lang, 'minutes.used', { n: Math.round(used) }) : '';
    const extra = [plan, spent].filter(Boolean).join(', ');
    L.push(`${i + 1}. ${it.title}${it.owner ? ` (${it.owner})` : ''}${extra ? ` — ${extra}` : ''}`);
  });

  head('minutes.decisions');
  if (run.decisions.length === 0) L.push(t(lang, 'minutes.none'));
  run.decisions.forEach((d, i) => L.push(`${i + 1}. ${d.text}`));

  head('minutes.actions');
  const people = [...m.invitees, ...Object.values(run.attendance)];
  const actions = countableActions(run, people, m.meetingDay);
  if (actions.length === 0) L.push(t(lang, 'minutes.none'));
  actions.forEach((a, i) =>
    L.push(
      t(lang, 'minutes.actionLine', {
        n: i + 1,
        content: a.content.trim(),
        owner: a.owner?.name || a.owner?.id || '',
        acceptance: a.acceptance.trim(),
        due: a.due,
      }),
    ),
  );
  const pending = run.actions.length - actions.length;
  if (pending > 0) L.push(t(lang, 'minutes.actionsIncomplete', { n: pending }));

  head('minutes.parkingLot');
  if (run.parkingLot.length === 0) L.push(t(lang, 'minutes.none'));
  run.parkingLot.forEach((p) => L.push(`- ${p.text}`));

  head('minutes.attendance');
  const present = new Set(Object.keys(run.attendance));
  const invited = m.invitees.filter((p) => p.id);
  const came = invited.filter((p) => present.has(p.id)).map((p) => p.name || p.id);
  const absent = invited.filter((p) => !present.has(p.id)).map((p) => p.name || p.id);
  const guests = Object.values(run.attendance)
    .filter((p) => !invited.some((i) => i.id === p.id))
    .map((p) => p.name);
  L.push(`${t(lang, 'minutes.present')}: ${[...came, ...guests].join(', ') || t(lang, 'minutes.none')}`);
  if (absent.length) L.push(`${t(lang, 'minutes.absent')}: ${absent.join(', ')}`);

  L.push('', t(lang, 'minutes.followUp'));
  return { subject, text: L.join('\n') };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The (possibly edited) minutes text as a mail/chat HTML body: every character escaped, lines kept. */
export function minutesHtml(text: string): string {
  const body = text
    .split('\n')
    .map((line) => line.replace(/[&<>"']/g, (c) => ESC[c] ?? c))
    .join('<br>');
  return `<div style="font-family:Segoe UI,sans-serif;white-space:pre-wrap">${body}</div>`;
}
