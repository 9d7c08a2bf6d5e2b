import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

/** `duration.nonstandard`: the length is not one of `standardDurations` (30, 60, 90). */
export function durationNonstandard(ctx: RuleContext): RuleFinding[] {
  const standard = ctx.policy.standardDurations;
  const minutes = ctx.durationMinutes;
  if (standard.includes(minutes)) return [];
  const nearest = standard.reduce<number | undefined>((best, d) => (best === undefined || Math.abs(d - minutes) < Math.abs(best - minutes) ? d : best), undefined);
  const sep = ctx.lang === 'zh-CN' ? '/' : ', ';
  return [
    {
      rule: 'duration.nonstandard',
      message: tr(ctx.lang, 'duration.nonstandard.message', { minutes, standard: standard.join(sep) }),
      evidence: `${ctx.local.start.time}-${ctx.local.end.time}`,
      ...(nearest === undefined ? {} : { fix: tr(ctx.lang, 'duration.nonstandard.fix', { nearest }) }),
    },
  ];
}
