import type { Lang } from '../model/Lang';
import type { Weekday } from '../model/Weekday';
import { rulesCatalog } from './catalogs/rulesCatalog';

/**
 * A weekday's name as the rule messages write it, so the pane, the CLI and the findings agree. `short`
 * is for tables and one-line reports: `Mon` in English; Chinese names (`周一`) are short already.
 */
export function weekdayName(lang: Lang, day: Weekday, width: 'long' | 'short' = 'long'): string {
  const name = rulesCatalog[lang][`day.${day}`];
  return width === 'short' && lang === 'en-US' ? name.slice(0, 3) : name;
}
