import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

/** `goal.missing`: no labelled goal line (`会议目标:` `Goal:` ..., or the label as a heading). */
export function goalMissing(ctx: RuleContext): RuleFinding[] {
  if (ctx.goal) return [];
  return [{ rule: 'goal.missing', message: tr(ctx.lang, 'goal.missing.message'), fix: tr(ctx.lang, 'goal.missing.fix') }];
}
