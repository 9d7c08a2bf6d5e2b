import type { CalendarPort, CalendarResult, MeetingRecord } from '../ports/CalendarPort';
import type { MeetingOutcomes } from './MeetingOutcomes';

/** Set once and never unset by a later save from a device or tab that did not see them happen. */
const STICKY = ['closedAt', 'minutesSentAt', 'minutesFinalAt'] as const;

function asOutcomes(v: unknown): Partial<MeetingOutcomes> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Partial<MeetingOutcomes>) : {};
}

/**
 * The new outcomes over the stored ones: a save that knows no task id for an action (the minutes
 * sender) keeps the one an earlier sync stored for the same action key.
 */
export function mergeOutcomes(stored: unknown, next: MeetingOutcomes): MeetingOutcomes {
  const old = asOutcomes(stored);
  const taskIds = new Map(
    (Array.isArray(old.actions) ? old.actions : []).flatMap((a) =>
      a?.taskId ? [[a.key, a.taskId] as const] : [],
    ),
  );
  const merged: MeetingOutcomes = {
    ...next,
    actions: next.actions.map((a) =>
      a.taskId || !taskIds.has(a.key) ? a : { ...a, taskId: taskIds.get(a.key)! },
    ),
  };
  for (const k of STICKY) {
    const v = old[k];
    if (!merged[k] && typeof v === 'string') merged[k] = v;
  }
  return merged;
}

/**
 * Writes the meeting's outcomes into the app's record on the event. Graph replaces an open extension
 * on PATCH (a property left out is deleted), so the record is read first and written whole; when it
 * cannot be read, nothing is written, since a blind write would wipe the rest of it.
 */
export async function saveOutcomes(
  calendar: Pick<CalendarPort, 'getEvent' | 'writeRecord'>,
  eventId: string,
  outcomes: MeetingOutcomes,
): CalendarResult<MeetingRecord> {
  const current = await calendar.getEvent(eventId);
  if (!current.ok) return current;
  const record = current.value.record ?? {};
  return calendar.writeRecord(eventId, { ...record, outcomes: mergeOutcomes(record.outcomes, outcomes) });
}
