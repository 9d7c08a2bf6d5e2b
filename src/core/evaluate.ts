import type { AgendaItem } from './agenda/AgendaItem';
import type { GoalInfo } from './agenda/findGoal';
import type { MeetingType } from './agenda/findMeetingType';
import { DEFAULT_SEVERITY, RULE_IDS, type Finding, type Severity } from './model/Finding';
import type { Invite } from './model/Invite';
import { toLang, type Lang } from './model/Lang';
import type { Policy } from './model/Policy';
import { buildContext } from './rules/buildContext';
import { RULES } from './rules/RULES';
import { slotBlocked } from './rules/slotBlocked';
import type { LocalTime } from './time/toLocal';

export type { AgendaItem, GoalInfo, MeetingType, LocalTime };

export interface Verdict {
  /** Most severe first (block, warn, info), then in the rulebook's table order. */
  findings: Finding[];
  /** At least one `block` finding: the send guard stops the send, the CLI exits 1. */
  blocked: boolean;
  scope: 'skipped' | 'one-on-one' | 'group';
  people: number;
  local: { start: LocalTime; end: LocalTime; timeZone: string };
  agenda: AgendaItem[];
  goal: GoalInfo | null;
  meetingType: MeetingType | null;
}

const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/**
 * Judges an invite against the rulebook and a policy. Pure and deterministic: the same invite,
 * policy and clock always give the same verdict, and no input makes it throw.
 */
export function evaluate(invite: Invite, policy: Policy, now: Date, opts?: { lang?: Lang }): Verdict {
  const lang: Lang = toLang(opts?.lang);
  const built = buildContext(invite, policy, now, lang);
  const base = { people: built.people, agenda: built.agenda, goal: built.goal, meetingType: built.meetingType };
  const ctx = built.ctx;
  if (!ctx) return { findings: [], blocked: false, scope: 'skipped', local: built.local, ...base };
  const scope = ctx.people >= policy.groupMeetingMinPeople ? 'group' : 'one-on-one';
  const rules = scope === 'group' ? RULES : [slotBlocked];
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const f of rule(ctx)) {
      const setting = policy.rules?.[f.rule];
      if (setting === 'off') continue;
      // A policy object that skipped parsePolicy may carry anything: unknown values keep the default.
      const severity = setting !== undefined && setting in SEVERITY_RANK ? setting : DEFAULT_SEVERITY[f.rule];
      findings.push({ ...f, severity });
    }
  }
  const order = (f: Finding) => SEVERITY_RANK[f.severity] * 100 + RULE_IDS.indexOf(f.rule);
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => order(a.f) - order(b.f) || a.i - b.i).map((x) => x.f);
  return { findings: sorted, blocked: sorted.some((f) => f.severity === 'block'), scope, local: built.local, ...base };
}
