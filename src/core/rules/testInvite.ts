import type { Invite, Person } from '../model/Invite';
import { DEFAULT_POLICY, type Policy } from '../model/Policy';
import type { Lang } from '../model/Lang';
import { wallToInstant } from '../time/wallToInstant';
import { buildContext } from './buildContext';
import type { RuleContext } from './RuleContext';

/**
 * Test-only builder: a well-formed group invite (organizer + 3 attendees, room, pre-read link, goal,
 * type, complete agenda) that no rule flags on its own, so each test changes only what it judges.
 * Times are given as meeting-local wall clock.
 */
export interface TestInviteSpec extends Partial<Omit<Invite, 'start' | 'end'>> {
  /** Local date YYYY-MM-DD (default Wednesday 2026-12-09). */
  date?: string;
  /** Local HH:MM (default 14:00–15:00). */
  from?: string;
  to?: string;
  /** Local date of the end, when it differs from `date` (across midnight). */
  endDate?: string;
  bodyText?: string;
  people?: number;
}

export const GOOD_BODY_ZH = [
  '会议类型:决策型',
  '会议目标:确定Q3产品上线排期并明确各部门交付物',
  '议程:',
  '14:00-14:20 需求对齐(市场部经理,20分钟,输出《需求优先级共识表》)',
  '14:20-14:40 资源评估(研发部总监,20分钟,输出《资源需求清单》)',
  '14:40-15:00 决策与分工(全体,20分钟,输出《行动项表》)',
  '预读材料:https://contoso.sharepoint.com/sites/pm/q3-plan.docx',
].join('\n');

export function people(n: number): Person[] {
  return Array.from({ length: n }, (_, i) => ({ email: `p${i}@contoso.com`, name: `P${i}`, role: 'required' as const }));
}

export function testInvite(spec: TestInviteSpec = {}): Invite {
  const zone = spec.timeZone ?? 'Asia/Shanghai';
  const date = spec.date ?? '2026-12-09';
  const { date: _d, from: _f, to: _t, endDate: _e, bodyText, people: n, ...rest } = spec;
  return {
    source: 'test',
    subject: 'Q3 排期决策会',
    isAllDay: false,
    isCancelled: false,
    organizer: { email: 'organizer@contoso.com', name: 'Organizer', role: 'organizer' },
    attendees: people(n === undefined ? 3 : Math.max(0, n - 1)),
    location: '3F 中立会议室',
    isOnline: false,
    body: { text: bodyText ?? GOOD_BODY_ZH, links: [] },
    attachments: [],
    ...rest,
    timeZone: zone,
    start: wallToInstant(date, spec.from ?? '14:00', zone),
    end: wallToInstant(spec.endDate ?? date, spec.to ?? '15:00', zone),
  };
}

/** The default policy in the test zone, with overrides. */
export function testPolicy(over: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, timeZone: 'Asia/Shanghai', ...over };
}

/** A clock well ahead of the default meeting (Monday 2026-11-30, 09:00 Shanghai). */
export const NOW = new Date('2026-11-30T01:00:00Z');

/** The rule context evaluate would build for a test invite (throws if the invite is not judged). */
export function ctxOf(spec: TestInviteSpec = {}, over: Partial<Policy> = {}, opts: { now?: Date; lang?: Lang } = {}): RuleContext {
  const built = buildContext(testInvite(spec), testPolicy(over), opts.now ?? NOW, opts.lang ?? 'en-US');
  if (!built.ctx) throw new Error('test invite is not judged');
  return built.ctx;
}
