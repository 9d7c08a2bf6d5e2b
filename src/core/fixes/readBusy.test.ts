import { describe, expect, it } from 'vitest';
import { appError } from '../errors/AppError';
import { err, ok } from '../model/Result';
import type { CalendarPort, ScheduleRequest } from '../ports/CalendarPort';
import { readBusy, scheduleQueries, SCHEDULE_MAX_DAYS, SCHEDULE_MAX_PEOPLE } from './readBusy';

const DAY = 86_400_000;
const START = '2030-01-07T00:00:00.000Z';
const plus = (days: number) => new Date(Date.parse(START) + days * DAY).toISOString();
const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@contoso.com`);

/** A calendar that refuses what Graph refuses and answers each person busy at the start of each window. */
function strictCalendar() {
  const calls: ScheduleRequest[] = [];
  const calendar: Pick<CalendarPort, 'getSchedule'> = {
    async getSchedule(q) {
      calls.push(q);
      if (q.emails.length > 20 || Date.parse(q.end) - Date.parse(q.start) > 62 * DAY)
        return err(appError('bad-request', 'ErrorTimeIntervalTooBig'));
      const end = new Date(Date.parse(q.start) + 3_600_000).toISOString();
      return ok(
        q.emails.map((email) => ({
          email,
          availabilityView: '',
          busy: [{ start: q.start, end, status: 'busy' as const }],
        })),
      );
    },
  };
  return { calendar, calls };
}

describe('scheduleQueries', () => {
  it('keeps every call within 20 people and the day limit, and covers the whole window once', () => {
    const qs = scheduleQueries(people(45), START, plus(130));
    expect(qs).toHaveLength(3 * 3);
    for (const q of qs) {
      expect(q.emails.length).toBeLessThanOrEqual(SCHEDULE_MAX_PEOPLE);
      expect(Date.parse(q.end) - Date.parse(q.start)).toBeLessThanOrEqual(SCHEDULE_MAX_DAYS * DAY);
    }
    const first = qs.filter((q) => q.emails.includes('p0@contoso.com'));
    expect(first.map((q) => [q.start, q.end])).toEqual([
      [START, plus(61)],
      [plus(61), plus(122)],
      [plus(122), plus(130)],
    ]);
    expect(new Set(qs.flatMap((q) => q.emails)).size).toBe(45);
  });

  it('asks once for a short window and drops duplicates and blanks', () => {
    expect(scheduleQueries(['A@x.com', 'a@x.com', ' ', 'b@x.com'], START, plus(7))).toEqual([
      { emails: ['a@x.com', 'b@x.com'], start: START, end: plus(7), intervalMinutes: 30 },
    ]);
    expect(scheduleQueries([], START, plus(7))).toEqual([]);
    expect(scheduleQueries(['a@x.com'], plus(7), START)).toEqual([]);
  });
});

describe('readBusy', () => {
  it('reads 70 days for 25 people through calls Graph accepts', async () => {
    const { calendar, calls } = strictCalendar();
    const r = await readBusy(calendar, people(25), START, plus(70));
    expect(r.ok).toBe(true);
    expect(calls).toHaveLength(4);
    // Each person is busy at the start of both windows: 25 × 2 intervals, in time order.
    expect(r.ok && r.value.busy.length).toBe(50);
    expect(r.ok && r.value.busy.at(-1)?.start).toBe(plus(61));
    expect(r.ok && r.value.unread).toEqual([]);
  });

  it('names once each person Graph answered with an error, and counts none of their time busy', async () => {
    const calendar: Pick<CalendarPort, 'getSchedule'> = {
      getSchedule: async (q) =>
        ok(
          q.emails.map((email) =>
            email === 'anna@fabrikam.com'
              ? { email, availabilityView: '', busy: [], error: 'Unable to resolve e-mail address' }
              : {
                  email,
                  availabilityView: '',
                  busy: [
                    {
                      start: q.start,
                      end: new Date(Date.parse(q.start) + 3_600_000).toISOString(),
                      status: 'busy' as const,
                    },
                  ],
                },
          ),
        ),
    };
    const r = await readBusy(calendar, ['Anna@Fabrikam.com', 'p0@contoso.com'], START, plus(70));
    expect(r.ok && r.value.unread).toEqual(['anna@fabrikam.com']);
    // p0 once in each 61-day window; nothing from Anna.
    expect(r.ok && r.value.busy).toHaveLength(2);
  });

  it('fails as a whole when one call fails', async () => {
    const calendar: Pick<CalendarPort, 'getSchedule'> = {
      getSchedule: async (q) => (q.start === START ? ok([]) : err(appError('throttled'))),
    };
    const r = await readBusy(calendar, people(2), START, plus(70));
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'throttled' }) });
  });
});
