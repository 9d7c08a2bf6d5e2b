import * as z from 'zod/mini';
import { RULE_IDS } from '../model/Finding';
import { WEEKDAYS } from '../model/Weekday';
import { dayNumber } from '../time/addDays';
import { resolveZone } from '../time/resolveZone';
import { HHMM_RE, ISO_DATE_RE } from './policyPatterns';

export const HHMM_MESSAGE = 'expected HH:MM (00:00–24:00)';

/** `9:00` → `09:00`; null unless a time of day 00:00–24:00. */
export function normalizeHHMM(s: string): string | null {
  const m = HHMM_RE.exec(s.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

const hhmm = z.string(HHMM_MESSAGE).check(z.refine((s) => normalizeHHMM(s) !== null, HHMM_MESSAGE));
const date = z
  .string('expected a date YYYY-MM-DD')
  .check(z.refine((s) => ISO_DATE_RE.test(s) && !Number.isNaN(dayNumber(s)), 'expected a date YYYY-MM-DD'));
const wholeNumber = (min: number, max: number) =>
  z
    .number(`expected a whole number from ${min} to ${max}`)
    .check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max, `expected a whole number from ${min} to ${max}`));
const severity = z.enum(['off', 'info', 'warn', 'block'], 'expected off | info | warn | block');

export const blockedSlotSchema = z.strictObject({
  day: z.enum(WEEKDAYS, `expected a lower-case English weekday (${WEEKDAYS.join(', ')})`),
  start: hhmm,
  end: hhmm,
  label: z.optional(z.string('expected text')),
});

/** The rulebook's policy: every field optional, unknown fields rejected (also inside slots and `rules`). */
export const policySchema = z.strictObject({
  timeZone: z.optional(z.string('expected a time-zone name').check(z.refine((s) => resolveZone(s) !== null, 'unknown time zone'))),
  blockedSlots: z.optional(z.array(blockedSlotSchema, 'expected a list of blocked slots')),
  minNoticeWorkingDays: z.optional(wholeNumber(0, 365)),
  holidays: z.optional(z.array(date, 'expected a list of dates YYYY-MM-DD')),
  extraWorkdays: z.optional(z.array(date, 'expected a list of dates YYYY-MM-DD')),
  maxAttendees: z.optional(wholeNumber(1, 100000)),
  groupMeetingMinPeople: z.optional(wholeNumber(1, 100000)),
  standardDurations: z.optional(z.array(wholeNumber(1, 1440), 'expected a list of minutes')),
  breakAfterMinutes: z.optional(wholeNumber(0, 1440)),
  rules: z.optional(z.partialRecord(z.enum(RULE_IDS), severity, 'expected an object of rule id → severity')),
});

export type PolicyInput = z.infer<typeof policySchema>;
