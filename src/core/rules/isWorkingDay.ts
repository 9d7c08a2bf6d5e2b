import type { Policy } from '../model/Policy';
import { weekdayOf } from '../time/addDays';

/** The rulebook's working day: Mon–Fri, minus `holidays`, plus `extraWorkdays` (make-up days, 调休). */
export function isWorkingDay(policy: Policy, date: string): boolean {
  if (policy.extraWorkdays.includes(date)) return true;
  if (policy.holidays.includes(date)) return false;
  const d = weekdayOf(date);
  return d !== 'saturday' && d !== 'sunday';
}
