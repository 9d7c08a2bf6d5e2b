import type { Lang } from '../model/Lang';
import { el, type Snippet } from './escapeHtml';
import { FIX_TEXTS } from './fixTexts';

export type MeetingType = 'decision' | 'discussion' | 'informational';

export interface AgendaSlot {
  kind: 'info' | 'discuss' | 'break' | 'decide' | 'wrapUp';
  minutes: number;
}

const round5 = (n: number) => Math.max(5, Math.round(n / 5) * 5);

/**
 * Splits a meeting into the guide's order (share information → discuss → decide), a break in the middle
 * when it is longer than `breakAfterMinutes`, and a 5-minute wrap-up from 45 minutes on. The minutes add
 * up to the meeting's length exactly, so the template never trips `agenda.timing`.
 */
export function planAgenda(meetingMinutes: number, breakAfterMinutes = 60): AgendaSlot[] {
  const total = Math.max(3, Math.round(meetingMinutes));
  if (total < 15) {
    const third = Math.floor(total / 3);
    return [
      { kind: 'info', minutes: third },
      { kind: 'discuss', minutes: total - 2 * third },
      { kind: 'decide', minutes: third },
    ];
  }
  const brk = total > breakAfterMinutes ? 10 : 0;
  const wrap = total >= 45 ? 5 : 0;
  const rest = total - brk - wrap;
  const info = round5(rest * 0.25);
  const decide = round5(rest * 0.25);
  const discuss = rest - info - decide;
  const slots: AgendaSlot[] = [{ kind: 'info', minutes: info }];
  if (brk > 0) {
    // The break splits the discussion, where attention drops and where the time is.
    const first = Math.max(5, Math.round(discuss / 10) * 5);
    slots.push({ kind: 'discuss', minutes: first }, { kind: 'break', minutes: brk }, { kind: 'discuss', minutes: discuss - first });
  } else {
    slots.push({ kind: 'discuss', minutes: discuss });
  }
  slots.push({ kind: 'decide', minutes: decide });
  if (wrap > 0) slots.push({ kind: 'wrapUp', minutes: wrap });
  return slots.filter((s) => s.minutes > 0);
}

/** The agenda template as a labelled ordered list: each item has an owner, a duration and an output. */
export function agendaSnippet(lang: Lang, meetingMinutes: number, breakAfterMinutes = 60): Snippet {
  const t = FIX_TEXTS[lang];
  const lines = planAgenda(meetingMinutes, breakAfterMinutes).map((slot) =>
    slot.kind === 'break' ? t.breakItem(slot.minutes) : t.item(t[slot.kind].title, t.owner, slot.minutes, t[slot.kind].output),
  );
  return {
    html: `${el('p', t.agendaLabel)}<ol>${lines.map((l) => el('li', l)).join('')}</ol>`,
    text: [t.agendaLabel, ...lines.map((l, i) => `${i + 1}. ${l}`)].join('\n'),
  };
}

function line(text: string): Snippet {
  return { html: el('p', text), text };
}

/** A goal stated as verb + result, with a bracketed placeholder for the subject matter. */
export const goalSnippet = (lang: Lang): Snippet => line(FIX_TEXTS[lang].goalLine);

export const typeSnippet = (lang: Lang, type: MeetingType): Snippet => line(FIX_TEXTS[lang].typeLine[type]);

/** The explicit "no pre-reads" the rulebook accepts in place of material. */
export const noPrereadsSnippet = (lang: Lang): Snippet => line(FIX_TEXTS[lang].noPrereadsLine);
