import type { ScheduleInfo } from '../ports/CalendarPort';
import type { Interval } from './suggestSlots';

/**
 * The intervals in which somebody cannot meet, from Graph getSchedule answers. Tentative and out of
 * office count as busy (a slot over someone's tentative meeting is a poor suggestion); "working
 * elsewhere" does not. People whose calendar could not be read add nothing: their free/busy is unknown.
 */
export function busyFromSchedule(infos: readonly ScheduleInfo[]): Interval[] {
  const out: Interval[] = [];
  for (const info of infos) {
    if (info.error) continue;
    for (const b of info.busy) {
      if (b.status !== 'workingElsewhere' && Date.parse(b.end) > Date.parse(b.start)) out.push({ start: b.start, end: b.end });
    }
  }
  return out.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
