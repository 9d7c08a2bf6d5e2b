import { rulesCatalog } from '../i18n/catalogs/rulesCatalog';
import { createTranslator } from '../i18n/createTranslator';
import type { Lang } from '../model/Lang';
import type { BlockedSlot } from '../model/Policy';
import type { Weekday } from '../model/Weekday';

/** The rules' translator: the send guard bundles only this catalog. */
export const tr = createTranslator(rulesCatalog);

export function dayName(lang: Lang, day: Weekday): string {
  return tr(lang, `day.${day}`);
}

/** The default policy's English labels read in the user's language; a custom label is shown as written. */
export function slotLabel(lang: Lang, slot: BlockedSlot): string {
  if (slot.label === 'Monday morning' && slot.day === 'monday') return tr(lang, 'slot.label.mondayMorning');
  if (slot.label === 'Friday afternoon' && slot.day === 'friday') return tr(lang, 'slot.label.fridayAfternoon');
  return slot.label ?? `${dayName(lang, slot.day)} ${slot.start}-${slot.end}`;
}
