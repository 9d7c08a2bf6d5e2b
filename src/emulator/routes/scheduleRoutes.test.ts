import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../emuTestClient';
import type { Emulator } from '../Emulator';
import { SEED_GUEST, SEED_PEOPLE } from '../seed/seedPeople';
import { startEmulator } from '../startEmulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emu.close();
});

const DAY = 864e5;
const at = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
const from = Date.UTC(2030, 0, 7);
const schedule = (schedules: string[], days: number) =>
  call(emu, 'POST', '/me/calendar/getSchedule', {
    body: { schedules, startTime: at(from), endTime: at(from + days * DAY) },
  });

describe('getSchedule limits (as Graph)', () => {
  it('answers a 62-day window and refuses 63 days with ErrorTimeIntervalTooBig', async () => {
    expect((await schedule(['emily.carter@contoso.com'], 62)).status).toBe(200);
    const r = await schedule(['emily.carter@contoso.com'], 63);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('ErrorTimeIntervalTooBig');
    expect(r.body.error.message).toMatch(/allowed limit = 62 days; the actual limit = 63 days/);
  });

  it('answers 20 schedules in one call and refuses 21', async () => {
    const people = SEED_PEOPLE.map((p) => p.mail);
    const twenty = Array.from({ length: 20 }, (_, i) => people[i % people.length]!);
    expect((await schedule(twenty, 1)).status).toBe(200);
    const r = await schedule([...twenty, 'ghost@fabrikam.com'], 1);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('ErrorInvalidParameter');
  });
});

describe('getSchedule for people outside the tenant (as Graph)', () => {
  it('answers a B2B guest and an unknown address with only the 5009 error, a member in full', async () => {
    const r = await schedule([SEED_GUEST.mail, 'ghost@fabrikam.com', 'emily.carter@contoso.com'], 1);
    expect(r.status).toBe(200);
    const [guest, ghost, member] = r.body.value;
    expect(guest).toEqual({
      scheduleId: SEED_GUEST.mail,
      error: {
        message: `Unable to resolve e-mail address ${SEED_GUEST.mail} to an Active Directory object.`,
        responseCode: '5009',
      },
    });
    expect(ghost.error.responseCode).toBe('5009');
    expect(member.error).toBeUndefined();
    expect(member.availabilityView).toHaveLength(48);
  });
});

describe('findMeetingTimes (as documented)', () => {
  const find = (extra: Record<string, unknown>) =>
    call(emu, 'POST', '/me/findMeetingTimes', {
      body: {
        attendees: [
          { type: 'required', emailAddress: { address: 'zhang.wei@contoso.com' } },
          { type: 'required', emailAddress: { address: 'ghost@fabrikam.com' } },
        ],
        timeConstraint: {
          activityDomain: 'unrestricted',
          timeSlots: [{ start: at(from), end: at(from + DAY) }],
        },
        meetingDuration: 'PT1H',
        ...extra,
      },
    });

  it('counts the B2B guest as unknown, like an address outside the directory', async () => {
    const r = await call(emu, 'POST', '/me/findMeetingTimes', {
      body: {
        attendees: [{ type: 'required', emailAddress: { address: SEED_GUEST.mail } }],
        timeConstraint: {
          activityDomain: 'unrestricted',
          timeSlots: [{ start: at(from), end: at(from + DAY) }],
        },
        meetingDuration: 'PT1H',
        // 49 % is under the default 50 % floor.
        minimumAttendeePercentage: 0,
      },
    });
    const s = r.body.meetingTimeSuggestions as Array<{
      confidence: number;
      attendeeAvailability: Array<{ availability: string }>;
    }>;
    expect(s.length).toBeGreaterThan(0);
    for (const x of s) {
      expect(x.attendeeAvailability.map((a) => a.availability)).toEqual(['unknown']);
      expect(x.confidence).toBe(49);
    }
  });

  it('counts an unknown attendee as 49 %, orders by confidence then time, and numbers the suggestions', async () => {
    const r = await find({ maxCandidates: 3 });
    expect(r.status).toBe(200);
    const s = r.body.meetingTimeSuggestions as Array<{
      confidence: number;
      order: number;
      meetingTimeSlot: { start: { dateTime: string } };
    }>;
    expect(s).toHaveLength(3);
    expect(s.map((x) => x.confidence)).toEqual([74.5, 74.5, 74.5]);
    expect(s.map((x) => x.order)).toEqual([1, 2, 3]);
    const starts = s.map((x) => x.meetingTimeSlot.start.dateTime);
    expect([...starts].sort()).toEqual(starts);
  });

  it('returns suggestionReason only when returnSuggestionReasons is set', async () => {
    const plain = await find({ maxCandidates: 1 });
    expect(plain.body.meetingTimeSuggestions[0]).not.toHaveProperty('suggestionReason');
    const withReasons = await find({ maxCandidates: 1, returnSuggestionReasons: 'true' });
    expect(withReasons.body.meetingTimeSuggestions[0].suggestionReason).toMatch(/^Suggested because/);
  });

  it('takes minimumAttendeePercentage as a string too, as in Learn’s example', async () => {
    const r = await find({ minimumAttendeePercentage: '100' });
    expect(r.body.meetingTimeSuggestions).toEqual([]);
    expect(r.body.emptySuggestionsReason).toBe('AttendeesUnavailable');
  });
});
