import { evaluate } from '../evaluate';
import { readGraphJson } from '../read/readGraphEvents';
import { chainIdOf, makeIntent, type ServiceIntent } from './ServiceIntent';
import type { JobContext, ServiceEvent } from './ServiceModel';
import { shortList, ts } from './serviceText';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The version of an event as the judgment sees it. Not the changeKey alone: Exchange gives an event a new
 * changeKey for every open-extension write (the meeting app's record, our own claim), which would re-send
 * the same advice; what `evaluate` reads is what makes a new version.
 */
export function judgedVersion(raw: unknown): string {
  if (!isObject(raw)) return '0';
  const people = Array.isArray(raw.attendees)
    ? raw.attendees
        .map((a) => (isObject(a) && isObject(a.emailAddress) ? String(a.emailAddress.address ?? '') : ''))
        .sort()
    : [];
  const parts = [
    raw.subject,
    isObject(raw.body) ? raw.body.content : '',
    raw.start,
    raw.end,
    isObject(raw.location) ? raw.location.displayName : '',
    people,
    raw.recurrence,
  ];
  return chainIdOf(JSON.stringify(parts)).toString(36);
}

/**
 * Post-send audit: every new or changed group invite of a watched organizer, judged by the same
 * `evaluate` as the pane and the send guard (which cannot see invites made from the calendar grid,
 * forwards, classic Mac, …). One intent per judged version of the event; the window closes when the
 * meeting starts, after which the advice is moot.
 */
export function auditJob(events: readonly ServiceEvent[], ctx: JobContext): ServiceIntent[] {
  const { people, policy, sp, now } = ctx;
  const out: ServiceIntent[] = [];
  for (const ev of events) {
    const organizer = people.get(ev.organizerId);
    if (!organizer || ev.isCancelled || ev.type === 'occurrence' || Date.parse(ev.start) <= now.getTime())
      continue;
    const read = readGraphJson(ev.raw, { source: ev.id, defaultTimeZone: policy.timeZone });
    const invite = read.ok ? read.value[0] : undefined;
    if (!invite) continue;
    const sentAt = Number.isNaN(Date.parse(ev.lastModified)) ? now : new Date(ev.lastModified);
    const verdict = evaluate(invite, policy, sentAt, { lang: organizer.lang });
    if (verdict.scope !== 'group') continue;
    const findings = verdict.findings.filter((f) => f.severity !== 'info');
    if (findings.length === 0) continue;
    const lang = organizer.lang;
    out.push(
      makeIntent({
        kind: 'audit',
        item: ev.id,
        occasion: judgedVersion(ev.raw),
        recipientId: organizer.id,
        window: { start: new Date(Math.min(sentAt.getTime(), now.getTime())).toISOString(), end: ev.start },
        scope: { kind: 'event', userId: organizer.id, eventId: ev.id },
        priority: verdict.blocked,
        title: ts(lang, verdict.blocked ? 'audit.title.blocked' : 'audit.title', {
          subject: ev.subject,
          count: findings.length,
        }),
        text: ts(lang, 'audit.text', {
          list: shortList(
            lang,
            findings.map((f) => f.message),
          ),
        }),
        link: `${sp.appUrl}?event=${encodeURIComponent(ev.id)}`,
      }),
    );
  }
  return out;
}
