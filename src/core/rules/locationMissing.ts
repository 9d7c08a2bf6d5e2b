import { JOIN_LINK_RE } from '../text/textPatterns';
import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

/** `location.missing`: no location, not an online meeting, and no join link in the body. */
export function locationMissing(ctx: RuleContext): RuleFinding[] {
  const { invite } = ctx;
  if (typeof invite.location === 'string' && invite.location.trim() !== '') return [];
  if (invite.isOnline === true || (typeof invite.onlineJoinUrl === 'string' && invite.onlineJoinUrl.trim() !== '')) return [];
  const links = Array.isArray(invite.body?.links) ? invite.body.links : [];
  if (JOIN_LINK_RE.test(ctx.text) || links.some((l) => typeof l === 'string' && JOIN_LINK_RE.test(l))) return [];
  return [{ rule: 'location.missing', message: tr(ctx.lang, 'location.missing.message'), fix: tr(ctx.lang, 'location.missing.fix') }];
}
