import type { Lang } from '../model/Lang';
import type { Weekday } from '../model/Weekday';
import { rulesCatalog } from './catalogs/rulesCatalog';

/** A weekday's name as the rule messages write it, so the pane, the CLI and the findings agree. */
export function weekdayName(lang: Lang, day: Weekday): string {
  return rulesCatalog[lang][`day.${day}`];
}
