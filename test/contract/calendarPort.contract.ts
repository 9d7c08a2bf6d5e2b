import { describe, expect, it } from 'vitest';
import type { CalendarPort } from '../../src/core/ports/CalendarPort';

export interface CalendarFixture {
  port: CalendarPort;
  /** An event in the signed-in user's calendar that carries no Meeting Guard record yet. */
  eventId: string;
  subject: string;
  /** Its UTC interval. */
  startUtc: string;
  endUtc: string;
  /** Someone (an attendee) whose free/busy is busy during that event. */
  busyEmail: string;
  close?: () => Promise<void>;
}

const HOUR = 3_600_000;
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** One suite for the fake and for the Graph adapter over the emulator: both must behave the same. */
export function describeCalendarPortContract(name: string, make: () => Promise<CalendarFixture>): void {
  const withFixture = (fn: (f: CalendarFixture) => Promise<void>) => async () => {
    const f = await make();
    try {
      await fn(f);
    } finally {
      await f.close?.();
    }
  };

  describe(`CalendarPort contract: ${name}`, () => {
    it(
      'getEvent returns the event and no record before we write one',
      withFixture(async (f) => {
        const r = await f.port.getEvent(f.eventId);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.event.id).toBe(f.eventId);
        expect(r.value.event.subject).toBe(f.subject);
        expect(r.value.event.raw.subject).toBe(f.subject);
        expect(r.value.record).toBeNull();
      }),
    );

    it(
      'writeRecord round-trips a nested record, and a second write replaces it',
      withFixture(async (f) => {
        const record = { version: 1, goalMet: true, decisions: ['确定 Q3 预算', 'Ship <b>v2</b> & "quotes"'], links: { a1: { taskId: 'T1', etag: 'W/"x"' } } };
        const w = await f.port.writeRecord(f.eventId, record);
        expect(w).toEqual({ ok: true, value: record });
        const r1 = await f.port.getEvent(f.eventId);
        expect(r1.ok && r1.value.record).toEqual(record);
        const second = { version: 1, goalMet: false };
        expect((await f.port.writeRecord(f.eventId, second)).ok).toBe(true);
        const r2 = await f.port.getEvent(f.eventId);
        expect(r2.ok && r2.value.record).toEqual(second);
      }),
    );

    it(
      'an unknown event is not-found, for reads and writes',
      withFixture(async (f) => {
        const r = await f.port.getEvent('AAMkAG-does-not-exist');
        expect(!r.ok && r.error.kind).toBe('not-found');
        const w = await f.port.writeRecord('AAMkAG-does-not-exist', { x: 1 });
        expect(!w.ok && w.error.kind).toBe('not-found');
      }),
    );

    it(
      'calendarView includes the event in its window and not outside it',
      withFixture(async (f) => {
        const inside = await f.port.calendarView({ start: shift(f.startUtc, -HOUR), end: shift(f.endUtc, HOUR) });
        expect(inside.ok && inside.value.some((e) => e.id === f.eventId)).toBe(true);
        const before = await f.port.calendarView({ start: shift(f.startUtc, -3 * HOUR), end: shift(f.startUtc, -2 * HOUR) });
        expect(before.ok && before.value.some((e) => e.id === f.eventId)).toBe(false);
        const touching = await f.port.calendarView({ start: f.endUtc, end: shift(f.endUtc, HOUR) });
        expect(touching.ok && touching.value.some((e) => e.id === f.eventId)).toBe(false);
      }),
    );

    it(
      'getSchedule answers once per person, with the busy time of the event',
      withFixture(async (f) => {
        const r = await f.port.getSchedule({ emails: [f.busyEmail.toUpperCase(), f.busyEmail], start: shift(f.startUtc, -HOUR), end: shift(f.endUtc, HOUR), intervalMinutes: 30 });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.map((s) => s.email)).toEqual([f.busyEmail.toLowerCase()]);
        const me = r.value[0]!;
        expect(me.busy.some((b) => Date.parse(b.start) < Date.parse(f.endUtc) && Date.parse(b.end) > Date.parse(f.startUtc))).toBe(true);
        expect(me.availabilityView).toMatch(/^[0-4]+$/);
        expect(me.availabilityView).toContain('2');
        expect((await f.port.getSchedule({ emails: [], start: f.startUtc, end: f.endUtc })).ok).toBe(true);
      }),
    );
  });
}
