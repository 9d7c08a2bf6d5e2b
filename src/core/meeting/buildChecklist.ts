import type { Finding, RuleId } from '../model/Finding';
import type { Invite } from '../model/Invite';

export type ChecklistKey = 'goal' | 'agenda' | 'prereads' | 'notice';
export type ChecklistState = 'ok' | 'todo' | 'late';

export interface ChecklistEntry {
  key: ChecklistKey;
  state: ChecklistState;
  /** Rule ids behind a `todo`, so the UI can show the core's own messages. */
  rules: RuleId[];
  /** For pre-reads: the latest instant they should be out (a day before the start), epoch ms. */
  dueAt?: number;
}

const RULES: Record<ChecklistKey, RuleId[]> = {
  goal: ['goal.missing', 'goal.vague'],
  agenda: ['agenda.missing', 'agenda.item-incomplete', 'agenda.timing'],
  prereads: ['prereads.missing'],
  notice: ['notice.short'],
};

const DAY = 86_400_000;

/**
 * The "before" checklist, read off the core's verdict so the meeting tab and the invite checker can
 * never disagree. Pre-reads are due one day before the start: missing after that is `late`, not `todo`.
 */
export function buildChecklist(
  invite: Pick<Invite, 'start'>,
  findings: readonly Finding[],
  now: number,
): ChecklistEntry[] {
  const fired = new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.rule));
  const start = Date.parse(invite.start);
  return (Object.keys(RULES) as ChecklistKey[]).map((key) => {
    const rules = RULES[key].filter((r) => fired.has(r));
    if (key !== 'prereads') return { key, state: rules.length ? 'todo' : 'ok', rules };
    const dueAt = Number.isFinite(start) ? start - DAY : undefined;
    const state: ChecklistState =
      rules.length === 0 ? 'ok' : dueAt !== undefined && now > dueAt ? 'late' : 'todo';
    return { key, state, rules, ...(dueAt === undefined ? {} : { dueAt }) };
  });
}
