import { serviceCatalog } from '../i18n/catalogs/serviceCatalog';
import { createTranslator } from '../i18n/createTranslator';
import type { Lang } from '../model/Lang';

export const ts = createTranslator(serviceCatalog);

/** At most `max` names, then "and N more": a feed preview is short. */
export function shortList(lang: Lang, items: readonly string[], max = 5): string {
  const sep = lang === 'zh-CN' ? '、' : '; ';
  if (items.length <= max) return items.join(sep);
  return ts(lang, 'list.more', { list: items.slice(0, max).join(sep), count: items.length - max });
}

type Base =
  | 'dueSoon'
  | 'overdue'
  | 'escalation'
  | 'daily'
  | 'minutesDraft'
  | 'minutesFinal'
  | 'standup'
  | 'quarterly'
  | 'declined';

/** A message's title and text from the catalog pair `<base>.title` / `<base>.text`. */
export function texts(
  lang: Lang,
  base: Base,
  params: Record<string, string | number>,
): { title: string; text: string } {
  return { title: ts(lang, `${base}.title`, params), text: ts(lang, `${base}.text`, params) };
}
