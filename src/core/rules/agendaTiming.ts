import { clockMinutes } from './clockMinutes';
import { clockToMinutes, minutesToClock } from './minutesToClock';
import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

const DAY = 1440;

/**
 * `agenda.timing`: an item's clock range disagrees with its stated minutes; the items add up to more
 * than the meeting; or an item's range lies outside the meeting. Each finding names the item and both numbers.
 */
export function agendaTiming(ctx: RuleContext): RuleFinding[] {
  const { lang } = ctx;
  const out: RuleFinding[] = [];
  for (const item of ctx.agenda) {
    const span = clockMinutes(item);
    if (span === undefined || item.minutes === undefined || span === item.minutes || !item.clock) continue;
    const statedEnd = minutesToClock((clockToMinutes(item.clock.start) + item.minutes) % DAY);
    const params = { item: item.title, start: item.clock.start, end: item.clock.end, clockMinutes: span, statedMinutes: item.minutes, statedEnd };
    out.push({
      rule: 'agenda.timing',
      message: tr(lang, 'agenda.timing.range.message', params),
      evidence: item.line,
      fix: tr(lang, 'agenda.timing.range.fix', params),
    });
  }
  const meeting = ctx.durationMinutes;
  if (meeting <= 0) return out;
  // The stated minutes (the rulebook's "item minutes"); clock ranges are judged against the meeting below.
  const total = ctx.agenda.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  if (total > meeting) {
    out.push({
      rule: 'agenda.timing',
      message: tr(lang, 'agenda.timing.total.message', { total, meeting }),
      evidence: ctx.agenda.map((i) => i.line).join('\n'),
      fix: tr(lang, 'agenda.timing.total.fix', { over: total - meeting }),
    });
  }
  const s = ctx.local.start.minuteOfDay;
  const e = s + meeting;
  const meetingStart = ctx.local.start.time;
  const meetingEnd = minutesToClock(e % DAY === 0 && e > 0 ? DAY : e % DAY);
  for (const item of ctx.agenda) {
    const span = clockMinutes(item);
    if (!item.clock || span === undefined) continue;
    let from = clockToMinutes(item.clock.start);
    // A meeting past midnight: an item at 00:30 belongs to its second day.
    if (from < s && e > DAY && from + DAY < e) from += DAY;
    if (from >= s && from + span <= e) continue;
    const params = { item: item.title, start: item.clock.start, end: item.clock.end, meetingStart, meetingEnd };
    out.push({ rule: 'agenda.timing', message: tr(lang, 'agenda.timing.outside.message', params), evidence: item.line, fix: tr(lang, 'agenda.timing.outside.fix', params) });
  }
  return out;
}
