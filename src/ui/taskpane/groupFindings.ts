import type { Finding, RuleId, Severity } from '../../core/model/Finding';

export type GroupId = 'goal' | 'agenda' | 'prereads' | 'time' | 'people';

/** The guide's own order of thought: why meet, what happens, what to read, when, who and where. */
const GROUP_OF: Record<RuleId, GroupId> = {
  'goal.missing': 'goal',
  'goal.vague': 'goal',
  'type.missing': 'goal',
  'agenda.missing': 'agenda',
  'agenda.item-incomplete': 'agenda',
  'agenda.timing': 'agenda',
  'agenda.break-missing': 'agenda',
  'agenda.order': 'agenda',
  'prereads.missing': 'prereads',
  'slot.blocked': 'time',
  'notice.short': 'time',
  'duration.nonstandard': 'time',
  'attendees.too-many': 'people',
  'location.missing': 'people',
};
const GROUP_ORDER: GroupId[] = ['goal', 'agenda', 'prereads', 'time', 'people'];
const RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

export interface FindingGroup {
  id: GroupId;
  worst: Severity;
  findings: Finding[];
}

/** Groups findings, most severe group first (the guide's order breaks ties), most severe finding first. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = GROUP_ORDER.map((id) => {
    const list = findings.filter((f) => GROUP_OF[f.rule] === id).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    return { id, findings: list, worst: list[0]?.severity ?? 'info' };
  }).filter((g) => g.findings.length > 0);
  // Array.prototype.sort is stable, so equal severities keep the guide's order.
  return groups.sort((a, b) => RANK[a.worst] - RANK[b.worst]);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { block: 0, warn: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
