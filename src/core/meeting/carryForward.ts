import type { AcceptanceView } from '../followup/acceptance';
import { isObject, outcomesOf } from '../followup/recordToMeeting';
import type { RunItem } from './MeetingRun';
import type { CalendarEvent } from '../ports/CalendarPort';
import type { SeriesPort, TaskNow } from '../ports/SeriesPort';
import type { AppError } from '../errors/AppError';
import { ok, type Result } from '../model/Result';

export interface CarriedAction {
  content: string;
  owner: string;
  due: string;
  taskId?: string;
  /** The owner's answer, when the item became a Planner task. */
  acceptance?: AcceptanceView;
}

/** What the previous occurrence of a series left open: its unfinished action items and parking lot. */
export interface CarryForward {
  /** `start` is the occurrence's wall time as Graph gave it (UTC when asked so); the UI shows its date. */
  previous: { eventId: string; subject: string; start: string };
  openActions: CarriedAction[];
  parkingLot: string[];
}

/** How far back the previous occurrence is looked for: a monthly series with one skipped month. */
export const CARRY_LOOKBACK_DAYS = 62;
const DAY = 86_400_000;

/** The series an event belongs to (Graph `seriesMasterId` of an occurrence or exception), if any. */
export function seriesOf(event: Pick<CalendarEvent, 'raw'>): string | null {
  const id = event.raw.seriesMasterId;
  return typeof id === 'string' && id ? id : null;
}

/**
 * The previous occurrence's open items, found through the series master: its occurrences before this
 * one (not cancelled), the latest that has a record. Action items whose Planner task is done (100 %) or
 * gone (dropped) stay behind; items never synced to Planner come along as they were. Null when the
 * meeting is not part of a series or nothing is open.
 */
export async function loadCarryForward(
  series: SeriesPort,
  event: CalendarEvent,
  startInstant: string,
): Promise<Result<CarryForward | null, AppError>> {
  const masterId = seriesOf(event);
  if (!masterId) return ok(null);
  const start = Date.parse(startInstant);
  const listed = await series.instances(masterId, {
    start: new Date(start - CARRY_LOOKBACK_DAYS * DAY).toISOString(),
    end: startInstant,
  });
  if (!listed.ok) return listed;
  const earlier = listed.value.filter((e) => e.id !== event.id && !e.isCancelled).reverse();
  for (const prev of earlier) {
    const record = await series.record(prev.id);
    if (!record.ok) return record;
    const outcomes = outcomesOf(record.value);
    if (!outcomes) continue;
    const actions = (Array.isArray(outcomes.actions) ? outcomes.actions : []).filter(isObject);
    const taskIds = actions.flatMap((a) => (typeof a.taskId === 'string' ? [a.taskId] : []));
    const now = taskIds.length ? await series.tasksNow(taskIds) : ok<Record<string, TaskNow>>({});
    if (!now.ok) return now;
    const openActions: CarriedAction[] = [];
    for (const a of actions) {
      const content = typeof a.content === 'string' ? a.content.trim() : '';
      if (!content) continue;
      const item: CarriedAction = {
        content,
        owner: typeof a.owner === 'string' ? a.owner : '',
        due: typeof a.due === 'string' ? a.due : '',
      };
      if (typeof a.taskId === 'string') {
        const task = now.value[a.taskId];
        if (!task || task.percentComplete >= 100) continue;
        item.taskId = a.taskId;
        item.acceptance = task.acceptance;
      }
      openActions.push(item);
    }
    const parkingLot = (Array.isArray(outcomes.parkingLot) ? outcomes.parkingLot : []).filter(
      (p): p is string => typeof p === 'string' && p.trim() !== '',
    );
    if (openActions.length === 0 && parkingLot.length === 0) return ok(null);
    return ok({
      previous: { eventId: prev.id, subject: prev.subject, start: prev.start.dateTime },
      openActions,
      parkingLot,
    });
  }
  return ok(null);
}

/** Minutes the carried-forward review gets on the agenda: 2 per item, 5 to 15. */
export function carryMinutes(carry: CarryForward): number {
  return Math.min(15, Math.max(5, 2 * (carry.openActions.length + carry.parkingLot.length)));
}

/**
 * The agenda with the review of last time's open items first, so the next occurrence starts where the
 * last one stopped. `title` is the localized item title.
 */
export function withCarryForwardItem(
  items: readonly RunItem[],
  carry: CarryForward | null,
  title: string,
): RunItem[] {
  if (!carry) return [...items];
  return [{ title, minutes: carryMinutes(carry), kind: 'discuss' }, ...items];
}
