import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../emuTestClient';
import type { Emulator } from '../Emulator';
import { SEED_MEETING_IDS } from '../seed/seedMeetings';
import { startEmulator } from '../startEmulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
beforeEach(() => {
  emu.store.reset();
});
afterAll(async () => {
  await emu.close();
});

const ev = (id: string) => `/me/events/${encodeURIComponent(id)}`;
const EXT = 'com.contoso.meetingGuard';

describe('events', () => {
  it('returns the Graph event shape with the zh agenda in the body', async () => {
    const r = await call(emu, 'GET', ev(SEED_MEETING_IDS.zhLaunch));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      subject: 'Q3 新品发布跨部门协调会',
      isOrganizer: true,
      originalStartTimeZone: 'China Standard Time',
      start: { timeZone: 'UTC' },
      organizer: { emailAddress: { address: 'chen.jing@contoso.com' } },
      isOnlineMeeting: true,
      onlineMeeting: { joinUrl: expect.stringContaining('meetup-join') },
    });
    expect(r.body.body.content).toContain('14:00-14:10 需求对齐(市场部经理,20分钟');
    expect(r.body.attendees.length).toBe(4);
  });

  it('renders times in Prefer: outlook.timezone and bodies as text on request', async () => {
    const r = await call(emu, 'GET', ev(SEED_MEETING_IDS.zhLaunch), { headers: { prefer: 'outlook.timezone="China Standard Time", outlook.body-content-type="text"' } });
    expect(r.body.start).toEqual({ dateTime: expect.stringMatching(/T14:00:00\.0000000$/), timeZone: 'China Standard Time' });
    expect(r.body.body.contentType).toBe('text');
    expect(r.body.body.content).not.toContain('<li>');
  });

  it('hides events from people who are not invited (404); an attendee has their own copy, under its own id', async () => {
    expect((await call(emu, 'GET', ev(SEED_MEETING_IDS.zhLaunch), { token: 'emu:tom.becker@contoso.com' })).status).toBe(404);
    const zhang = { token: 'emu:zhang.wei@contoso.com' };
    // The organizer's item id (what a chat's calendarEventId holds) is not an item of the attendee's mailbox.
    expect((await call(emu, 'GET', ev(SEED_MEETING_IDS.zhLaunch), zhang)).status).toBe(404);
    const organizers = await call(emu, 'GET', ev(SEED_MEETING_IDS.zhLaunch));
    const copy = (await call(emu, 'GET', '/me/events?$top=100', zhang)).body.value.find((e: { iCalUId: string }) => e.iCalUId === organizers.body.iCalUId);
    expect(copy.id).not.toBe(SEED_MEETING_IDS.zhLaunch);
    const att = await call(emu, 'GET', ev(copy.id), zhang);
    expect(att.body.isOrganizer).toBe(false);
    expect(att.body.responseStatus.response).toBe('accepted');
  });

  it('PATCH changes the event and its changeKey; calendarView filters by window', async () => {
    const before = await call(emu, 'GET', ev(SEED_MEETING_IDS.enPipeline));
    const r = await call(emu, 'PATCH', ev(SEED_MEETING_IDS.enPipeline), {
      body: { start: { dateTime: '2031-03-04T10:00:00', timeZone: 'GMT Standard Time' }, end: { dateTime: '2031-03-04T11:00:00', timeZone: 'GMT Standard Time' } },
    });
    expect(r.status).toBe(200);
    expect(r.body.changeKey).not.toBe(before.body.changeKey);
    expect(r.body.start.dateTime).toBe('2031-03-04T10:00:00.0000000');
    const view = await call(emu, 'GET', '/me/calendarView?startDateTime=2031-03-04T00:00:00Z&endDateTime=2031-03-05T00:00:00Z');
    expect(view.body.value.map((e: { id: string }) => e.id)).toEqual([SEED_MEETING_IDS.enPipeline]);
    expect((await call(emu, 'GET', '/me/calendarView')).status).toBe(400);
    const bad = await call(emu, 'PATCH', ev(SEED_MEETING_IDS.enPipeline), { body: { start: { dateTime: 'soon', timeZone: 'UTC' } } });
    expect(bad.status).toBe(400);
  });

  it('open extensions: create, expand only with $filter, PATCH replaces, 409 on duplicates, per mailbox', async () => {
    const base = `${ev(SEED_MEETING_IDS.zhLaunch)}/extensions`;
    const created = await call(emu, 'POST', base, { body: { '@odata.type': 'microsoft.graph.openTypeExtension', extensionName: EXT, taskIds: ['a'], v: 1 } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ extensionName: EXT, id: `Microsoft.OutlookServices.OpenTypeExtension.${EXT}`, taskIds: ['a'] });
    expect((await call(emu, 'POST', base, { body: { '@odata.type': 'microsoft.graph.openTypeExtension', extensionName: EXT } })).status).toBe(409);
    expect((await call(emu, 'POST', base, { body: { extensionName: 'x.y' } })).status).toBe(400);
    const patched = await call(emu, 'PATCH', `${base}/${EXT}`, { body: { '@odata.type': 'microsoft.graph.openTypeExtension', extensionName: EXT, v: 2 } });
    expect(patched.body).toMatchObject({ v: 2 });
    expect(patched.body).not.toHaveProperty('taskIds');
    const filtered = `$expand=${encodeURIComponent(`extensions($filter=id eq '${EXT}')`)}`;
    const expanded = await call(emu, 'GET', `${ev(SEED_MEETING_IDS.zhLaunch)}?${filtered}`);
    expect(expanded.body.extensions).toEqual([expect.objectContaining({ extensionName: EXT, v: 2 })]);
    const zhang = { token: 'emu:zhang.wei@contoso.com' };
    const iCalUId = (await call(emu, 'GET', ev(SEED_MEETING_IDS.zhLaunch))).body.iCalUId as string;
    const copy = (await call(emu, 'GET', '/me/events?$top=100', zhang)).body.value.find((e: { iCalUId: string }) => e.iCalUId === iCalUId);
    const other = await call(emu, 'GET', `${ev(copy.id)}?${filtered}`, zhang);
    expect(other.body.extensions).toEqual([]);
    for (const path of [`${ev(SEED_MEETING_IDS.zhLaunch)}?$expand=extensions`, '/me/events?$expand=extensions', '/me/calendarView?startDateTime=2031-01-01T00:00:00Z&endDateTime=2031-01-02T00:00:00Z&$expand=extensions']) {
      const bare = await call(emu, 'GET', path);
      expect([bare.status, bare.body.error.code]).toEqual([400, 'ErrorGraphExtensionExpandRequiresFilter']);
    }
    expect((await call(emu, 'DELETE', `${base}/${EXT}`)).status).toBe(204);
    expect((await call(emu, 'GET', `${base}/${EXT}`)).status).toBe(404);
  });

  it('POST /me/events creates once per transactionId', async () => {
    const body = { subject: 'Retry me', transactionId: 'tx-1', start: { dateTime: '2031-01-01T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2031-01-01T09:30:00', timeZone: 'UTC' } };
    const a = await call(emu, 'POST', '/me/events', { body });
    const b = await call(emu, 'POST', '/me/events', { body });
    expect(a.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
  });
});

describe('scheduling', () => {
  const window = (days: number) => {
    const start = new Date(Date.now() + 864e5);
    start.setUTCHours(0, 0, 0, 0);
    return { start, end: new Date(start.getTime() + days * 864e5) };
  };

  it('getSchedule returns scheduleItems and a 30-minute availabilityView by default', async () => {
    const { start, end } = window(10);
    const r = await call(emu, 'POST', '/me/calendar/getSchedule', {
      body: {
        schedules: ['zhang.wei@contoso.com', 'emily.carter@contoso.com', 'ghost@fabrikam.com'],
        startTime: { dateTime: start.toISOString().slice(0, 19), timeZone: 'UTC' },
        endTime: { dateTime: end.toISOString().slice(0, 19), timeZone: 'UTC' },
      },
    });
    expect(r.status).toBe(200);
    const [zhang, emily, ghost] = r.body.value;
    expect(zhang.availabilityView).toHaveLength(10 * 48);
    expect(zhang.availabilityView).toMatch(/2/);
    expect(zhang.scheduleItems.some((i: { subject: string }) => i.subject === '研发周会')).toBe(true);
    expect(zhang.workingHours.timeZone.name).toBe('China Standard Time');
    expect(emily.availabilityView).toMatch(/3/);
    expect(ghost).toEqual({
      scheduleId: 'ghost@fabrikam.com',
      error: { message: 'Unable to resolve e-mail address ghost@fabrikam.com to an Active Directory object.', responseCode: '5009' },
    });
  });

  it('getSchedule validates its input', async () => {
    const bad = await call(emu, 'POST', '/me/calendar/getSchedule', { body: { schedules: [] } });
    expect(bad.status).toBe(400);
  });

  it('findMeetingTimes suggests free slots inside working hours', async () => {
    const { start, end } = window(3);
    const r = await call(emu, 'POST', '/me/findMeetingTimes', {
      body: {
        attendees: [{ type: 'required', emailAddress: { address: 'zhang.wei@contoso.com' } }],
        timeConstraint: { activityDomain: 'work', timeSlots: [{ start: { dateTime: start.toISOString().slice(0, 19), timeZone: 'UTC' }, end: { dateTime: end.toISOString().slice(0, 19), timeZone: 'UTC' } }] },
        meetingDuration: 'PT1H',
        maxCandidates: 4,
      },
    });
    expect(r.status).toBe(200);
    expect(r.body.meetingTimeSuggestions.length).toBeGreaterThan(0);
    expect(r.body.meetingTimeSuggestions.length).toBeLessThanOrEqual(4);
    for (const s of r.body.meetingTimeSuggestions) {
      expect(s.confidence).toBe(100);
      const hourShanghai = (new Date(`${s.meetingTimeSlot.start.dateTime.slice(0, 19)}Z`).getUTCHours() + 8) % 24;
      expect(hourShanghai).toBeGreaterThanOrEqual(9);
      expect(hourShanghai).toBeLessThan(18);
    }
  });
});
