import { wallToInstant } from '../time/wallToInstant';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Planner stores dueDateTime as a UTC instant and shows it in each viewer's zone. An item is due by the
 * END of its due day where the meeting happened, so we send 23:59:59 local time of that day in the
 * meeting's zone (DST-correct), e.g. 2026-03-14 in Asia/Shanghai → "2026-03-14T15:59:59.000Z".
 * Undefined when the date or zone is not usable (the engine reports the item as invalid).
 */
export function plannerDueDateTime(due: string, timeZone: string): string | undefined {
  if (!DATE.test(due)) return undefined;
  try {
    return wallToInstant(due, '23:59:59', timeZone);
  } catch {
    return undefined;
  }
}

/** To Do takes a wall time plus a zone name; it shows the date part, so send the day's end there too. */
export function todoDueDateTime(due: string): string {
  return `${due}T23:59:59`;
}
