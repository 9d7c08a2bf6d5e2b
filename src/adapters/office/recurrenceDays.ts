import type { Weekday } from '../../core/model/Weekday';

const DAY: Record<string, Weekday> = {
  mon: 'monday',
  tue: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};
const WORKDAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const ALL: Weekday[] = [...WORKDAYS, 'saturday', 'sunday'];

/** Shape of `Office.Recurrence` we read; the JSON a host returns, not trusted to be complete. */
export interface RecurrenceLike {
  recurrenceType?: unknown;
  recurrenceProperties?: { days?: unknown; dayOfWeek?: unknown } | null;
}

function fromDayName(name: unknown): Weekday[] {
  if (typeof name !== 'string') return [];
  const d = DAY[name.toLowerCase().slice(0, 3)];
  if (d) return [d];
  if (name === 'weekday') return WORKDAYS;
  if (name === 'weekendDay') return ['saturday', 'sunday'];
  if (name === 'day') return ALL;
  return [];
}

/**
 * The weekdays an Outlook recurrence occurs on, as the rulebook judges a series. Absolute monthly and
 * yearly patterns fall on changing weekdays: undefined there, so the start date's weekday is judged.
 */
export function recurrenceDays(recurrence: RecurrenceLike | null | undefined): Weekday[] | undefined {
  if (!recurrence || typeof recurrence.recurrenceType !== 'string') return undefined;
  const props = recurrence.recurrenceProperties ?? {};
  let days: Weekday[];
  switch (recurrence.recurrenceType) {
    case 'daily':
      days = ALL;
      break;
    case 'weekday':
      days = WORKDAYS;
      break;
    case 'weekly':
      days = Array.isArray(props.days) ? props.days.flatMap(fromDayName) : [];
      break;
    default:
      days = fromDayName(props.dayOfWeek);
  }
  const unique = ALL.filter((d) => days.includes(d));
  return unique.length > 0 ? unique : undefined;
}
