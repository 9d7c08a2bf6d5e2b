import type { CalendarEvent, MeetingRecord } from '../ports/CalendarPort';

/** Where a meeting's action items go: a Planner plan (and the group that owns it), as the organizer picked it. */
export interface PlanChoice {
  planId: string;
  groupId?: string;
  /** Plan title when it was picked, for the notice and the config page (the plan may be renamed later). */
  title?: string;
}

export type PlanSource = 'event' | 'series' | 'tab' | 'none';

export interface ChosenPlan {
  planId?: string;
  groupId?: string;
  title?: string;
  source: PlanSource;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * The plan stored in the meeting record (`plan: {planId, groupId?, title?}` in the app's one open
 * extension on the organizer's event); an older record's top-level `planId` still counts.
 */
export function readPlanChoice(record: MeetingRecord | null | undefined): PlanChoice | undefined {
  if (!record) return undefined;
  const p = record.plan;
  const inner = p && typeof p === 'object' ? (p as Record<string, unknown>) : {};
  const planId = str(inner.planId) ?? str(record.planId);
  if (!planId) return undefined;
  const groupId = str(inner.groupId);
  const title = str(inner.title);
  return { planId, ...(groupId ? { groupId } : {}), ...(title ? { title } : {}) };
}

/** The record with the plan choice in it; everything else the record holds (outcomes, task ids) is kept. */
export function withPlanChoice(record: MeetingRecord | null | undefined, choice: PlanChoice): MeetingRecord {
  const { planId: _legacy, ...rest } = record ?? {};
  return { ...rest, plan: { ...choice } };
}

/**
 * The event that holds the plan for a meeting: a series' master for any of its occurrences, so every
 * occurrence of a recurring meeting lands in the plan picked once for the series.
 */
export function planHomeId(event: Pick<CalendarEvent, 'id' | 'raw'>): string {
  const master =
    event.raw.type === 'occurrence' || event.raw.type === 'exception'
      ? str(event.raw.seriesMasterId)
      : undefined;
  return master ?? event.id;
}

/**
 * Which plan this meeting's action items go to. The organizer's record wins (the occurrence's own, then the
 * series'), since it is written whenever the organizer picks or changes the plan; the tab's saved URL
 * (`?plan=&group=`) is next, and is all an attendee has: open extensions are per mailbox, so an attendee's
 * copy of the event carries no record of ours.
 */
export function choosePlan(from: {
  event?: MeetingRecord | null;
  series?: MeetingRecord | null;
  tab?: { planId?: string | null; groupId?: string | null };
}): ChosenPlan {
  const ev = readPlanChoice(from.event);
  if (ev) return { ...ev, source: 'event' };
  const se = readPlanChoice(from.series);
  if (se) return { ...se, source: 'series' };
  const planId = str(from.tab?.planId);
  const groupId = str(from.tab?.groupId);
  if (planId || groupId)
    return { ...(planId ? { planId } : {}), ...(groupId ? { groupId } : {}), source: 'tab' };
  return { source: 'none' };
}
