import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

/** `type.missing`: neither 决策型/讨论型/告知型 nor `Type: Decision/Discussion/Informational (FYI)`. */
export function typeMissing(ctx: RuleContext): RuleFinding[] {
  if (ctx.meetingType) return [];
  return [{ rule: 'type.missing', message: tr(ctx.lang, 'type.missing.message'), fix: tr(ctx.lang, 'type.missing.fix') }];
}
