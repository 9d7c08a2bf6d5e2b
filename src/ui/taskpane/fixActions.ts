import { agendaSnippet, goalSnippet, noPrereadsSnippet, typeSnippet, type MeetingType } from '../../core/fixes/fixSnippets';
import { FIX_TEXTS } from '../../core/fixes/fixTexts';
import { el } from '../../core/fixes/escapeHtml';
import type { Lang } from '../../core/model/Lang';
import type { RuleId } from '../../core/model/Finding';
import type { PaneKey } from '../shared/usePaneText';

/** A one-click fix: which words go where in the body. `slots` opens the better-slots list instead. */
export type FixAction =
  | { id: string; label: PaneKey; where: 'prepend' | 'append'; html: string }
  | { id: 'slots'; label: PaneKey; where: 'slots' };

export interface FixContext {
  /** Language of the invite's own text (the inserted words match it, not the UI's). */
  inviteLang: Lang;
  meetingMinutes: number;
  breakAfterMinutes: number;
}

const TYPES: MeetingType[] = ['decision', 'discussion', 'informational'];

/** The fixes the pane offers for a rule; rules that need the organizer's own words get none. */
export function fixActionsFor(rule: RuleId, ctx: FixContext): FixAction[] {
  const lang = ctx.inviteLang;
  switch (rule) {
    case 'agenda.missing':
      return [{ id: 'agenda', label: 'fix.agenda', where: 'append', html: agendaSnippet(lang, ctx.meetingMinutes, ctx.breakAfterMinutes).html }];
    case 'agenda.break-missing':
      return [{ id: 'break', label: 'fix.break', where: 'append', html: el('p', FIX_TEXTS[lang].breakItem(10)) }];
    case 'goal.missing':
      return [{ id: 'goal', label: 'fix.goal', where: 'prepend', html: goalSnippet(lang).html }];
    case 'type.missing':
      return TYPES.map((t) => ({ id: `type-${t}`, label: `fix.type.${t}` as PaneKey, where: 'prepend' as const, html: typeSnippet(lang, t).html }));
    case 'prereads.missing':
      return [{ id: 'no-prereads', label: 'fix.noPrereads', where: 'append', html: noPrereadsSnippet(lang).html }];
    case 'slot.blocked':
    case 'notice.short':
      return [{ id: 'slots', label: 'fix.slots', where: 'slots' }];
    default:
      return [];
  }
}
