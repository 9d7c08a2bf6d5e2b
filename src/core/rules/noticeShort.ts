import { addDays } from '../time/addDays';
import { toLocal } from '../time/toLocal';
import { isWorkingDay } from './isWorkingDay';
import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

// Ten years of days: far beyond any notice a policy asks for, and a bound on a loop over input dates.
const LIMIT = 3660;

/**
 * `notice.short`: fewer than `minNoticeWorkingDays` working days D with today < D ≤ meeting day, where
 * today is the clock's local date in the meeting's zone and the meeting day is the first occurrence's.
 */
export function noticeShort(ctx: RuleContext): RuleFinding[] {
  const { policy, lang } = ctx;
  const min = policy.minNoticeWorkingDays;
  if (!(min > 0) || Number.isNaN(ctx.now.getTime())) return [];
  let today: string;
  try {
    today = toLocal(ctx.now.toISOString(), ctx.zone).date;
  } catch {
    return [];
  }
  const meetingDay = ctx.local.start.date;
  let count = 0;
  let d = today;
  for (let n = 0; n < LIMIT && count < min; n++) {
    d = addDays(d, 1);
    if (d > meetingDay) break;
    if (isWorkingDay(policy, d)) count++;
  }
  if (count >= min) return [];
  let earliest = today;
  for (let n = 0, c = 0; n < LIMIT && c < min; n++) {
    earliest = addDays(earliest, 1);
    if (isWorkingDay(policy, earliest)) c++;
  }
  return [
    {
      rule: 'notice.short',
      message: tr(lang, 'notice.short.message', { count, today, date: meetingDay, min }),
      evidence: `${meetingDay} ${ctx.local.start.time}`,
      fix: tr(lang, 'notice.short.fix', { earliest }),
    },
  ];
}
