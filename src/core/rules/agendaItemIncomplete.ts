import type { AgendaItem } from '../agenda/AgendaItem';
import type { Lang } from '../model/Lang';
import { clockMinutes } from './clockMinutes';
import type { RuleContext, RuleFinding } from './RuleContext';
import { tr } from './ruleText';

type Part = 'owner' | 'duration' | 'output';

/** The parts an item lacks; a break needs only a duration (its clock range counts as one). */
export function missingParts(item: AgendaItem): Part[] {
  const hasDuration = item.minutes !== undefined || item.clock !== undefined;
  if (item.kind === 'break') return hasDuration ? [] : ['duration'];
  const missing: Part[] = [];
  if (!item.owner) missing.push('owner');
  if (!hasDuration) missing.push('duration');
  if (!item.output) missing.push('output');
  return missing;
}

/** `agenda.item-incomplete`: one finding per item lacking an owner, a duration or an expected output. */
export function agendaItemIncomplete(ctx: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const item of ctx.agenda) {
    const missing = missingParts(item);
    if (missing.length === 0) continue;
    const names = missing.map((p) => tr(ctx.lang, `part.${p}`)).join(tr(ctx.lang, 'part.separator'));
    out.push({
      rule: 'agenda.item-incomplete',
      message: tr(ctx.lang, 'agenda.item-incomplete.message', { item: item.title, missing: names }),
      evidence: item.line,
      fix: itemTemplate(ctx.lang, item),
    });
  }
  return out;
}

/** The item rewritten with every part, keeping what it has: `14:00-14:20 需求对齐(负责人:…,20分钟,输出:…)`. */
export function itemTemplate(lang: Lang, item: AgendaItem): string {
  const clock = item.clock ? `${item.clock.start}-${item.clock.end} ` : '';
  const minutes = item.minutes ?? clockMinutes(item) ?? (item.kind === 'break' ? 10 : 20);
  if (item.kind === 'break') return tr(lang, 'agenda.item-incomplete.fixBreak', { clock, item: item.title, minutes });
  return tr(lang, 'agenda.item-incomplete.fix', {
    clock,
    item: item.title,
    owner: item.owner ?? tr(lang, 'placeholder.owner'),
    minutes,
    output: item.output ?? tr(lang, 'placeholder.output'),
  });
}
