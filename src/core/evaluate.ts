import type { AgendaItem } from './agenda/AgendaItem';
import { findGoal, type GoalInfo } from './agenda/findGoal';
import { findMeetingType, type MeetingType } from './agenda/findMeetingType';
import { parseAgenda } from './agenda/parseAgenda';
import { DEFAULT_SEVERITY, RULE_IDS, type Finding, type Severity } from './model/Finding';
import type { Invite } from './model/Invite';
import type { Lang } from './model/Lang';
import type { Policy } from './model/Policy';
import { countPeople } from './rules/countPeople';
import { dayPieces } from './rules/dayPieces';
import { RULES } from './rules/RULES';
import type { RuleContext } from './rules/RuleContext';
import { slotBlocked } from './rules/slotBlocked';
import { normalizeText } from './text/normalizeText';
import { resolveZone } from './time/resolveZone';
import { toLocal, type LocalTime } from './time/toLocal';

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
const EPOCH: LocalTime = { date: '1970-01-01', time: '00:00', weekday: 'thursday', minuteOfDay: 0 };
// Years the zone database and YYYY-MM-DD both cover; outside them an invite is not a real meeting.
const MIN_MS = Date.UTC(1900, 0, 1);
const MAX_MS = Date.UTC(9999, 0, 1);

function localOrNull(instant: string, zone: string): LocalTime | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms) || ms < MIN_MS || ms > MAX_MS) return null;
  try {
    return toLocal(instant, zone);
  } catch {
    return null;
  }
}

/**
 * Judges an invite against the rulebook and a policy. Pure and deterministic: the same invite,
 * policy and clock always give the same verdict, and no input makes it throw.
 */
export function evaluate(invite: Invite, policy: Policy, now: Date, opts?: { lang?: Lang }): Verdict {
  const lang: Lang = opts?.lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  const zone = resolveZone(String(invite.timeZone ?? '')) ?? resolveZone(String(policy.timeZone ?? '')) ?? 'UTC';
  const body = typeof invite.body?.text === 'string' ? invite.body.text : '';
  const subject = typeof invite.subject === 'string' ? invite.subject : '';
  const agenda = parseAgenda(body);
  const goal = findGoal(body);
  const meetingType = findMeetingType(`${subject}\n${body}`);
  const people = countPeople(invite);
  const start = localOrNull(invite.start, zone);
  const endRaw = localOrNull(invite.end, zone);
  const base = { people, agenda, goal, meetingType };
  const skipped = !start || !endRaw || invite.isAllDay === true || invite.isCancelled === true;
  if (skipped || !start || !endRaw) {
    return { findings: [], blocked: false, scope: 'skipped', local: { start: start ?? EPOCH, end: endRaw ?? start ?? EPOCH, timeZone: zone }, ...base };
  }
  const durationMs = Date.parse(invite.end) - Date.parse(invite.start);
  // An end before the start is read as a zero-length meeting rather than a negative one.
  const end = durationMs > 0 ? endRaw : start;
  const durationMinutes = Math.max(0, Math.round(durationMs / 60_000));
  const scope = people >= policy.groupMeetingMinPeople ? 'group' : 'one-on-one';
  const ctx: RuleContext = {
    invite,
    policy,
    now,
    lang,
    zone,
    local: { start, end },
    durationMinutes,
    pieces: dayPieces(start, end, durationMinutes, invite.recurrence?.daysOfWeek),
    people,
    text: normalizeText(`${subject}\n${body}`),
    agenda,
    goal,
    meetingType,
  };
  const rules = scope === 'group' ? RULES : [slotBlocked];
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const f of rule(ctx)) {
      const setting = policy.rules?.[f.rule] ?? DEFAULT_SEVERITY[f.rule];
      if (setting === 'off') continue;
      findings.push({ ...f, severity: setting });
    }
  }
  const order = (f: Finding) => SEVERITY_RANK[f.severity] * 100 + RULE_IDS.indexOf(f.rule);
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => order(a.f) - order(b.f) || a.i - b.i).map((x) => x.f);
  return { findings: sorted, blocked: sorted.some((f) => f.severity === 'block'), scope, local: { start, end, timeZone: zone }, ...base };
}
