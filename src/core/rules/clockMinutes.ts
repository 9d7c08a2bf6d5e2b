import type { AgendaItem } from '../agenda/AgendaItem';
import { clockToMinutes } from './minutesToClock';

/** Length of an item's clock range in minutes (a range past midnight wraps); undefined without a range. */
export function clockMinutes(item: AgendaItem): number | undefined {
  if (!item.clock) return undefined;
  const s = clockToMinutes(item.clock.start);
  const e = clockToMinutes(item.clock.end);
  if (Number.isNaN(s) || Number.isNaN(e)) return undefined;
  return e >= s ? e - s : e + 1440 - s;
}
