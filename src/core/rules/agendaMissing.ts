import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

/** `agenda.missing`: parseAgenda found no item. */
export function agendaMissing(ctx: RuleContext): RuleFinding[] {
  if (ctx.agenda.length > 0) return [];
  return [{ rule: 'agenda.missing', message: tr(ctx.lang, 'agenda.missing.message'), fix: tr(ctx.lang, 'agenda.missing.fix') }];
}
