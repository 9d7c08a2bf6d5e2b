import { quarterOf, quarterRange } from '../followup/quarterRange';
import { mondayOf, standupView } from '../followup/standupView';
import { DRAFT_WITHIN_MS, FINAL_WITHIN_MS } from '../meeting/minutesClock';
import type { Policy } from '../model/Policy';
import { addDays } from '../time/addDays';
import { toLocal } from '../time/toLocal';
import { inWindow, localDate, localDayWindow, shiftWorkingDays, type Window } from './localWindow';
import { makeIntent, type ServiceIntent } from './ServiceIntent';
import type { JobContext, ServiceEvent, ServiceTask } from './ServiceModel';
import { shortList, texts, ts } from './serviceText';
import { recipientOf } from './taskJobs';

const iso = (ms: number) => new Date(ms).toISOString();

/** The guide's minutes clock, told to the organizer: draft 2 h after the end, final at 24 h, if not sent. */
export function minutesReminders(events: readonly ServiceEvent[], ctx: JobContext): ServiceIntent[] {
  const { people, policy, sp, now } = ctx;
  const out: ServiceIntent[] = [];
  for (const ev of events) {
    if (ev.isCancelled || ev.type === 'seriesMaster' || ev.attendeeCount < 2 || !people.has(ev.organizerId))
      continue;
    const end = Date.parse(ev.end);
    const org = recipientOf(people, ev.organizerId, policy);
    const time = toLocal(ev.end, org.timeZone);
    const p = { subject: ev.subject, time: `${time.date} ${time.time}` };
    const steps = [
      {
        kind: 'minutes-draft' as const,
        from: end + DRAFT_WITHIN_MS,
        to: end + FINAL_WITHIN_MS,
        done: ev.record?.minutesSentAt ?? ev.record?.minutesFinalAt,
        t: 'minutesDraft' as const,
      },
      {
        kind: 'minutes-final' as const,
        from: end + FINAL_WITHIN_MS,
        to: end + 2 * FINAL_WITHIN_MS,
        done: ev.record?.minutesFinalAt,
        t: 'minutesFinal' as const,
      },
    ];
    for (const s of steps) {
      const w = { start: iso(s.from), end: iso(s.to) };
      if (s.done || !inWindow(w, now)) continue;
      out.push(
        makeIntent({
          kind: s.kind,
          item: ev.id,
          occasion: ev.end,
          recipientId: org.id,
          window: w,
          scope: { kind: 'event', userId: org.id, eventId: ev.id },
          priority: s.kind === 'minutes-final',
          ...texts(org.lang, s.t, p),
          link: `${sp.appUrl}?event=${encodeURIComponent(ev.id)}`,
        }),
      );
    }
  }
  return out;
}

interface Series {
  masterId: string;
  organizerId: string;
  subject: string;
  occurrences: ServiceEvent[];
}

function seriesOf(events: readonly ServiceEvent[]): Series[] {
  const map = new Map<string, Series>();
  for (const ev of events) {
    if (ev.isCancelled || !ev.seriesMasterId) continue;
    const s = map.get(ev.seriesMasterId) ?? {
      masterId: ev.seriesMasterId,
      organizerId: ev.organizerId,
      subject: ev.subject,
      occurrences: [],
    };
    s.occurrences.push(ev);
    map.set(ev.seriesMasterId, s);
  }
  return [...map.values()].sort((a, b) => a.masterId.localeCompare(b.masterId));
}

/** Digests and reviews of a series: claimed on the series master in the organizer's mailbox. */
function seriesIntent(
  kind: 'standup-digest' | 'quarterly-review',
  s: Series,
  occasion: string,
  to: string,
  window: Window,
  t: { title: string; text: string },
  link: string,
): ServiceIntent {
  return makeIntent({
    kind,
    item: s.masterId,
    occasion,
    recipientId: to,
    window,
    scope: { kind: 'event', userId: to, eventId: s.masterId },
    priority: false,
    ...t,
    link,
  });
}

/** First working day on or after a local date. */
const firstWorkingDay = (policy: Policy, date: string) => shiftWorkingDays(policy, addDays(date, -1), 1);

type Organizer = ReturnType<typeof recipientOf>;

/**
 * A job per series of a watched organizer, run on the first working day of a period (week, quarter), from
 * the service's morning hour in the organizer's zone. `periodStart` names the period's first day from the
 * organizer's local today (null: no period).
 */
function onPeriodStart(
  events: readonly ServiceEvent[],
  ctx: JobContext,
  periodStart: (today: string) => string | null,
  job: (s: Series, org: Organizer, w: Window, start: string) => ServiceIntent | null,
): ServiceIntent[] {
  const { people, policy, sp, now } = ctx;
  const out: ServiceIntent[] = [];
  for (const s of seriesOf(events)) {
    if (!people.has(s.organizerId)) continue;
    const org = recipientOf(people, s.organizerId, policy);
    const start = periodStart(localDate(now.toISOString(), org.timeZone));
    if (start === null) continue;
    const w = localDayWindow(firstWorkingDay(policy, start), sp.morningAt, '24:00', org.timeZone);
    if (!inWindow(w, now)) continue;
    const intent = job(s, org, w, start);
    if (intent) out.push(intent);
  }
  return out;
}

/**
 * Weekly stand-up digest per recurring series, on the first working day of the organizer's week:
 * blockers (items nobody owns) and overdue items only, the guide's 10-minute agenda. Nothing to discuss,
 * no message.
 */
export function standupDigests(
  events: readonly ServiceEvent[],
  tasks: readonly ServiceTask[],
  ctx: JobContext,
): ServiceIntent[] {
  const { sp, now } = ctx;
  return onPeriodStart(events, ctx, mondayOf, (s, org, w, week) => {
    const ids = new Set(s.occurrences.flatMap((o) => o.record?.taskIds ?? []));
    const view = standupView(
      tasks.filter((t) => ids.has(t.id)),
      now,
      org.timeZone,
    );
    const items = [
      ...view.unassigned.map((t) => ts(org.lang, 'item.unassigned', { title: t.title })),
      ...view.rows.flatMap((r) =>
        r.overdue.map((t) =>
          ts(org.lang, 'item.overdue', {
            title: t.title,
            date: t.dueDateTime ? localDate(t.dueDateTime, org.timeZone) : '',
          }),
        ),
      ),
    ];
    if (items.length === 0) return null;
    const params = { subject: s.subject, count: items.length, list: shortList(org.lang, items, 8) };
    return seriesIntent(
      'standup-digest',
      s,
      week,
      org.id,
      w,
      texts(org.lang, 'standup', params),
      `${sp.appUrl}?view=standup&series=${encodeURIComponent(s.masterId)}`,
    );
  });
}

/** On the first working day of a quarter: the review of the quarter just ended, per series that met in it. */
export function quarterlyReviews(events: readonly ServiceEvent[], ctx: JobContext): ServiceIntent[] {
  const { sp } = ctx;
  const quarterStart = (today: string) => quarterRange(quarterOf(today))?.from ?? null;
  return onPeriodStart(events, ctx, quarterStart, (s, org, w, start) => {
    const last = quarterOf(addDays(start, -1));
    const lastRange = quarterRange(last);
    const met = s.occurrences.some((o) => {
      const d = localDate(o.start, org.timeZone);
      return lastRange !== null && d >= lastRange.from && d <= lastRange.to;
    });
    if (!met) return null;
    const link = `${sp.appUrl}?view=review&quarter=${last}&series=${encodeURIComponent(s.masterId)}`;
    return seriesIntent(
      'quarterly-review',
      s,
      last,
      org.id,
      w,
      texts(org.lang, 'quarterly', { subject: s.subject, quarter: last }),
      link,
    );
  });
}
