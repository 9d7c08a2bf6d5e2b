import { NO_PREREADS_RE } from '../agenda/agendaPatterns';
import { BARE_URL_RE } from '../text/textPatterns';
import { isMaterialLink } from './isMaterialLink';
import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

/** `prereads.missing`: no attachment and no material link (`<a href>` or bare URL); "无预读"/"No pre-reads" satisfies it. */
export function prereadsMissing(ctx: RuleContext): RuleFinding[] {
  const { invite } = ctx;
  const attachments = Array.isArray(invite.attachments) ? invite.attachments : [];
  if (attachments.some((a) => a && a.isInline !== true)) return [];
  const links = Array.isArray(invite.body?.links) ? invite.body.links : [];
  if (links.some((l) => typeof l === 'string' && isMaterialLink(l))) return [];
  for (const m of ctx.text.matchAll(BARE_URL_RE)) if (isMaterialLink(m[0])) return [];
  if (NO_PREREADS_RE.test(ctx.text)) return [];
  return [{ rule: 'prereads.missing', message: tr(ctx.lang, 'prereads.missing.message'), fix: tr(ctx.lang, 'prereads.missing.fix') }];
}
