import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../model/Policy';
import { wallToInstant } from '../time/wallToInstant';
import {
  DEFAULT_SERVICE_POLICY,
  type ServiceEvent,
  type ServicePolicy,
  type ServiceSnapshot,
  type ServiceTask,
  type WatchedPerson,
} from './ServiceModel';
import { serviceJobs } from './serviceJobs';

const sp: ServicePolicy = { ...DEFAULT_SERVICE_POLICY, groupId: 'g', mailFromId: 'svc' };
const policy: Policy = { ...DEFAULT_POLICY, timeZone: 'Asia/Shanghai' };
const ann: WatchedPerson = {
  id: 'ann',
  mail: 'ann@contoso.example',
  displayName: 'Ann',
  timeZone: 'Asia/Shanghai',
  lang: 'zh-CN',
};
const bo: WatchedPerson = {
  id: 'bo',
  mail: 'bo@contoso.example',
  displayName: 'Bo',
  timeZone: 'America/Los_Angeles',
  lang: 'en-US',
};
const at = (date: string, time: string, zone: string) => new Date(wallToInstant(date, time, zone));

// Wednesday 2026-12-09 is the due day, end of day in Shanghai.
const task = (
  id: string,
  owner: string,
  due = '2026-12-09',
  extra: Partial<ServiceTask> = {},
): ServiceTask => ({
  id,
  planId: 'p',
  title: `Item ${id}`,
  dueDateTime: wallToInstant(due, '23:59', 'Asia/Shanghai'),
  percentComplete: 0,
  assigneeIds: [owner],
  createdById: 'bo',
  ...extra,
});

const snap = (tasks: ServiceTask[], events: ServiceEvent[] = []): ServiceSnapshot => ({
  people: [ann, bo],
  tasks,
  events,
});
const kinds = (s: ServiceSnapshot, now: Date, p: Policy = policy) =>
  serviceJobs(s, [], p, sp, now)
    .map((i) => `${i.kind}→${i.recipientId}`)
    .sort();

describe('service clock jobs', () => {
  it('due soon two working days before, in the owner’s zone and language', () => {
    const intents = serviceJobs(
      snap([task('t1', 'ann')]),
      [],
      policy,
      sp,
      at('2026-12-07', '09:30', 'Asia/Shanghai'),
    );
    expect(intents.map((i) => i.kind)).toEqual(['due-soon']);
    expect(intents[0]!.title).toBe('2026-12-09 到期:Item t1');
    expect(intents[0]!.key).toBe('due-soon|t1/ann|2026-12-07');
    expect(intents[0]!.window).toEqual({
      start: '2026-12-07T01:00:00.000Z',
      end: '2026-12-07T16:00:00.000Z',
    });
    expect(kinds(snap([task('t1', 'ann')]), at('2026-12-07', '08:59', 'Asia/Shanghai'))).toEqual([]);
  });

  it('a holiday moves the due-soon day back, a make-up day counts as working', () => {
    const holiday: Policy = { ...policy, holidays: ['2026-12-07'] };
    expect(kinds(snap([task('t1', 'ann')]), at('2026-12-07', '10:00', 'Asia/Shanghai'), holiday)).toEqual([]);
    expect(kinds(snap([task('t1', 'ann')]), at('2026-12-04', '10:00', 'Asia/Shanghai'), holiday)).toEqual([
      'due-soon→ann',
    ]);
    const makeup: Policy = { ...policy, holidays: ['2026-12-08'], extraWorkdays: ['2026-12-06'] };
    expect(kinds(snap([task('t1', 'ann')]), at('2026-12-06', '10:00', 'Asia/Shanghai'), makeup)).toEqual([
      'due-soon→ann',
    ]);
  });

  it('overdue the first working day after, escalated to the organizer after two more', () => {
    expect(kinds(snap([task('t1', 'ann')]), at('2026-12-10', '09:30', 'Asia/Shanghai'))).toEqual([
      'overdue→ann',
    ]);
    // Friday 12-11 09:30 in Los Angeles (the organizer's zone) is the second working day after the due day.
    const esc = serviceJobs(
      snap([task('t1', 'ann')]),
      [],
      policy,
      sp,
      at('2026-12-11', '09:30', 'America/Los_Angeles'),
    );
    expect(esc.map((i) => i.kind)).toEqual(['escalation']);
    expect(esc[0]!.title).toBe('Overdue 2 working days: Item t1');
    expect(esc[0]!.text).toContain('Ann');
  });

  it('one 17:00 message per owner listing all open items, none on a weekend or for done items', () => {
    const tasks = [
      task('t1', 'ann', '2026-12-20'),
      task('t2', 'ann', '2026-12-21'),
      task('t3', 'ann', '2026-12-22', { percentComplete: 100 }),
    ];
    const daily = serviceJobs(snap(tasks), [], policy, sp, at('2026-12-08', '17:05', 'Asia/Shanghai'));
    expect(daily.map((i) => i.kind)).toEqual(['daily-update']);
    expect(daily[0]!.title).toBe('请更新你的 2 项未完成待办');
    expect(daily[0]!.text).toBe('今天下班前请更新:Item t1、Item t2。');
    expect(kinds(snap(tasks), at('2026-12-12', '17:05', 'Asia/Shanghai'))).toEqual([]);
  });

  it('17:00 is local across a DST change (Los Angeles, 2026-03-09 is PDT)', () => {
    const t = [task('t9', 'bo', '2026-03-30')];
    const before = serviceJobs(snap(t), [], policy, sp, at('2026-03-06', '17:00', 'America/Los_Angeles'));
    const after = serviceJobs(snap(t), [], policy, sp, at('2026-03-09', '17:00', 'America/Los_Angeles'));
    expect(before[0]!.window.start).toBe('2026-03-07T01:00:00.000Z');
    expect(after[0]!.window.start).toBe('2026-03-10T00:00:00.000Z');
  });

  it('minutes clock: draft 2 h after the end unless sent, final at 24 h', () => {
    const ev: ServiceEvent = {
      id: 'e1',
      organizerId: 'ann',
      changeKey: 'c',
      subject: 'Budget',
      start: '2026-12-08T02:00:00.000Z',
      end: '2026-12-08T03:00:00.000Z',
      lastModified: '2026-12-01T00:00:00.000Z',
      isCancelled: false,
      type: 'singleInstance',
      attendeeCount: 4,
      raw: {},
      record: { taskIds: [] },
    };
    expect(kinds(snap([], [ev]), new Date('2026-12-08T04:59:00Z'))).toEqual([]);
    expect(kinds(snap([], [ev]), new Date('2026-12-08T05:00:00Z'))).toEqual(['minutes-draft→ann']);
    expect(
      kinds(
        snap([], [{ ...ev, record: { taskIds: [], minutesSentAt: '2026-12-08T04:00:00Z' } }]),
        new Date('2026-12-08T05:00:00Z'),
      ),
    ).toEqual([]);
    expect(
      kinds(
        snap([], [{ ...ev, record: { taskIds: [], minutesSentAt: '2026-12-08T04:00:00Z' } }]),
        new Date('2026-12-09T03:00:00Z'),
      ),
    ).toEqual(['minutes-final→ann']);
  });

  it('post-send audit: a Monday-morning group invite is reported to its organizer with priority wording', () => {
    const raw = {
      id: 'e2',
      subject: 'Kickoff',
      body: { contentType: 'text', content: 'Let us talk.' },
      start: { dateTime: '2026-12-14T09:00:00', timeZone: 'China Standard Time' },
      end: { dateTime: '2026-12-14T10:00:00', timeZone: 'China Standard Time' },
      organizer: { emailAddress: { address: ann.mail } },
      attendees: ['a', 'b', 'c'].map((x) => ({
        type: 'required',
        emailAddress: { address: `${x}@contoso.example` },
      })),
    };
    const ev: ServiceEvent = {
      id: 'e2',
      organizerId: 'ann',
      changeKey: 'k1',
      subject: 'Kickoff',
      start: '2026-12-14T01:00:00.000Z',
      end: '2026-12-14T02:00:00.000Z',
      lastModified: '2026-12-07T02:00:00Z',
      isCancelled: false,
      type: 'singleInstance',
      attendeeCount: 4,
      raw,
    };
    const now = new Date('2026-12-07T02:05:00Z');
    const [audit, ...rest] = serviceJobs(snap([]), [ev], policy, sp, now);
    expect(rest).toEqual([]);
    expect(audit!.priority).toBe(true);
    expect(audit!.title).toBe('受限时段:你的会议邀请"Kickoff"落在政策保留的时段');
    expect(audit!.link).toContain('event=e2');
    // Same content under a new changeKey (our own extension write) is the same version: same key.
    expect(serviceJobs(snap([]), [{ ...ev, changeKey: 'k2' }], policy, sp, now)[0]!.key).toBe(audit!.key);
  });
  it('a declined item goes back to its organizer once per decline, in the organizer’s language', () => {
    const declined = task('t7', 'ann', '2026-12-20', {
      declined: { by: 'ann', at: '2026-12-08T03:00:00.000Z', reason: 'no budget' },
    });
    const [intent, ...rest] = serviceJobs(
      snap([declined]),
      [],
      policy,
      sp,
      new Date('2026-12-08T03:05:00Z'),
    ).filter((i) => i.kind === 'declined');
    expect(rest).toEqual([]);
    expect(intent).toMatchObject({
      recipientId: 'bo',
      key: 'declined|t7/ann|2026-12-08T03:00:00.000Z',
      title: 'Ann declined "Item t7"',
    });
    expect(intent!.text).toContain('no budget');
    expect(kinds(snap([{ ...declined, percentComplete: 100 }]), new Date('2026-12-08T03:05:00Z'))).toEqual(
      [],
    );
  });
  it('weekly stand-up digest per series on the first working day: blockers and overdue only; quarterly review after a quarter', () => {
    const occurrence = (id: string, start: string): ServiceEvent => ({
      id,
      organizerId: 'ann',
      changeKey: 'c',
      subject: 'Weekly sync',
      start,
      end: start,
      lastModified: start,
      isCancelled: false,
      type: 'occurrence',
      seriesMasterId: 'master',
      attendeeCount: 5,
      raw: {},
      record: { taskIds: ['late', 'nobody', 'fine'] },
    });
    const tasks = [
      task('late', 'bo', '2026-12-30'),
      task('nobody', 'bo', '2027-01-20', { assigneeIds: [] }),
      task('fine', 'bo', '2027-01-29'),
      task('other', 'bo', '2026-12-01'),
    ];
    const events = [
      occurrence('o1', '2026-12-22T02:00:00.000Z'),
      occurrence('o2', '2026-12-29T02:00:00.000Z'),
    ];
    // 2027-01-04 is the first Monday after; 2027-01-01 (Friday) is a holiday, so Q1 starts on Monday too.
    const p: Policy = { ...policy, holidays: ['2027-01-01'] };
    const got = serviceJobs(
      snap(tasks, events),
      [],
      p,
      sp,
      at('2027-01-04', '09:30', 'Asia/Shanghai'),
    ).filter((i) => i.kind === 'standup-digest' || i.kind === 'quarterly-review');
    expect(got.map((i) => i.key)).toEqual([
      'standup-digest|master|2027-01-04',
      'quarterly-review|master|2026-Q4',
    ]);
    expect(got[0]!.text).toBe('只谈受阻和逾期事项:Item nobody(无负责人)、Item late(2026-12-30 到期)。');
    expect(got[0]!.scope).toEqual({ kind: 'event', userId: 'ann', eventId: 'master' });
    expect(kinds(snap(tasks, events), at('2027-01-05', '09:30', 'Asia/Shanghai'), p)).not.toContain(
      'standup-digest→ann',
    );
  });
});
