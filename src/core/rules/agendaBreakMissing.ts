import { minutesToClock } from './minutesToClock';
import type { RuleContext, RuleFinding } from './RuleContext';
import { BREAK_MENTION_RE } from './rulePatterns';
import { tr } from './ruleText';

/** `agenda.break-missing`: longer than `breakAfterMinutes` with no break item and no mention of one. */
export function agendaBreakMissing(ctx: RuleContext): RuleFinding[] {
  const limit = ctx.policy.breakAfterMinutes;
  if (ctx.durationMinutes <= limit) return [];
  if (ctx.agenda.some((i) => i.kind === 'break') || BREAK_MENTION_RE.test(ctx.text)) return [];
  const at = ctx.local.start.minuteOfDay + Math.max(0, limit);
  const clock = at + 10 <= 1440 ? `${minutesToClock(at)}-${minutesToClock(at + 10)} ` : '';
  return [
    {
      rule: 'agenda.break-missing',
      message: tr(ctx.lang, 'agenda.break-missing.message', { minutes: ctx.durationMinutes, limit }),
      fix: tr(ctx.lang, 'agenda.break-missing.fix', { clock }),
    },
  ];
}
