import { clockToMinutes, minutesToClock } from './minutesToClock';
import { nextFreeSlot } from './nextFreeSlot';
import type { RuleContext, RuleFinding } from './RuleContext';
import { dayName, slotLabel, tr } from './ruleText';

/**
 * `slot.blocked`: the meeting overlaps a blocked slot, judged per local day piece (a series on each
 * weekday of its pattern; a meeting across midnight on both days). Intervals are half-open.
 */
export function slotBlocked(ctx: RuleContext): RuleFinding[] {
  const { lang, policy } = ctx;
  const out: RuleFinding[] = [];
  const seen = new Set<number>();
  for (const piece of ctx.pieces) {
    policy.blockedSlots.forEach((slot, index) => {
      if (slot.day !== piece.weekday || seen.has(index)) return;
      const s = clockToMinutes(slot.start);
      const e = clockToMinutes(slot.end);
      if (!(piece.start < e && s < piece.end)) return;
      seen.add(index);
      const when = describe(ctx, piece.weekday, piece.start, piece.end, piece.date);
      const slotText = tr(lang, 'slot.when', { day: dayName(lang, slot.day), start: slot.start, end: slot.end });
      const free = nextFreeSlot(policy, { weekday: ctx.pieces[0]?.weekday ?? piece.weekday, ...(piece.date === undefined ? {} : { date: ctx.local.start.date }), start: ctx.local.start.minuteOfDay }, ctx.durationMinutes);
      out.push({
        rule: 'slot.blocked',
        message: tr(lang, 'slot.blocked.message', { when, label: slotLabel(lang, slot), slot: slotText }),
        evidence: when,
        fix: free
          ? tr(lang, 'slot.blocked.fix', { suggestion: describe(ctx, free.weekday, free.start, free.end, free.date) })
          : tr(lang, 'slot.blocked.fixNone', { slot: slotText }),
      });
    });
  }
  return out;
}

function describe(ctx: RuleContext, day: RuleContext['pieces'][number]['weekday'], start: number, end: number, date?: string): string {
  const params = { day: dayName(ctx.lang, day), start: minutesToClock(start), end: minutesToClock(end) };
  return date === undefined ? tr(ctx.lang, 'slot.when', params) : tr(ctx.lang, 'slot.whenDate', { ...params, date });
}
