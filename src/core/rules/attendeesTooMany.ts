import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

/** `attendees.too-many`: more than `maxAttendees` people (organizer included, resources not). */
export function attendeesTooMany(ctx: RuleContext): RuleFinding[] {
  const max = ctx.policy.maxAttendees;
  if (ctx.people <= max) return [];
  const params = { count: ctx.people, max };
  return [{ rule: 'attendees.too-many', message: tr(ctx.lang, 'attendees.too-many.message', params), evidence: String(ctx.people), fix: tr(ctx.lang, 'attendees.too-many.fix', params) }];
}
