import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

/** `goal.vague`: the goal only talks (加强沟通, sync up) and names no decision or deliverable. */
export function goalVague(ctx: RuleContext): RuleFinding[] {
  const goal = ctx.goal;
  if (!goal || !goal.vague) return [];
  const text = goal.text.length > 80 ? `${goal.text.slice(0, 79)}…` : goal.text;
  return [{ rule: 'goal.vague', message: tr(ctx.lang, 'goal.vague.message', { goal: text }), evidence: goal.line, fix: tr(ctx.lang, 'goal.vague.fix') }];
}
