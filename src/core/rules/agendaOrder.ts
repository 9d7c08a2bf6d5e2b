import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

/** `agenda.order`: a decision item before an information item (share, then discuss, then decide). */
export function agendaOrder(ctx: RuleContext): RuleFinding[] {
  const decideAt = ctx.agenda.findIndex((i) => i.kind === 'decide');
  if (decideAt < 0) return [];
  const info = ctx.agenda.slice(decideAt + 1).find((i) => i.kind === 'info');
  const decide = ctx.agenda[decideAt];
  if (!info || !decide) return [];
  const params = { decide: decide.title, info: info.title };
  return [{ rule: 'agenda.order', message: tr(ctx.lang, 'agenda.order.message', params), evidence: `${decide.line}\n${info.line}`, fix: tr(ctx.lang, 'agenda.order.fix', params) }];
}
