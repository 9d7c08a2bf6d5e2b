import { clockToMinutes, minutesToClock } from './minutesToClock';
import { freeTimeOfDay, nextFreeSlot } from './nextFreeSlot';
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
      const suggestion = suggest(ctx);
      out.push({
        rule: 'slot.blocked',
        message: tr(lang, 'slot.blocked.message', { when, label: slotLabel(lang, slot), slot: slotText }),
        evidence: when,
        fix: suggestion ? tr(lang, 'slot.blocked.fix', { suggestion }) : tr(lang, 'slot.blocked.fixNone', { slot: slotText }),
      });
    });
  }
  return out;
}

/** A single meeting moves to the next free time; a series to the nearest time of day free on all its days. */
function suggest(ctx: RuleContext): string | null {
  const { policy, local, durationMinutes } = ctx;
  const days = ctx.invite.recurrence ? [...new Set(ctx.pieces.filter((p) => p.start === local.start.minuteOfDay).map((p) => p.weekday))] : [];
  if (days.length > 0) {
    const t = freeTimeOfDay(policy, days, local.start.minuteOfDay, durationMinutes);
    if (!t) return null;
    const sep = ctx.lang === 'zh-CN' ? '、' : ', ';
    return tr(ctx.lang, 'slot.when', { day: days.map((d) => dayName(ctx.lang, d)).join(sep), start: minutesToClock(t.start), end: minutesToClock(t.end) });
  }
  const free = nextFreeSlot(policy, { weekday: local.start.weekday, date: local.start.date, start: local.start.minuteOfDay }, durationMinutes);
  return free ? describe(ctx, free.weekday, free.start, free.end, free.date) : null;
}

function describe(ctx: RuleContext, day: RuleContext['pieces'][number]['weekday'], start: number, end: number, date?: string): string {
  const params = { day: dayName(ctx.lang, day), start: minutesToClock(start), end: minutesToClock(end) };
  return date === undefined ? tr(ctx.lang, 'slot.when', params) : tr(ctx.lang, 'slot.whenDate', { ...params, date });
}
