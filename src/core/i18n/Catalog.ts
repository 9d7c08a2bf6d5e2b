import type { Lang } from '../model/Lang';

export type Messages = Record<string, string>;

/** One area's messages in both languages. The zh-CN side must have exactly the en-US keys. */
export type Catalog<K extends string = string> = Record<Lang, Record<K, string>>;

export function defineCatalog<const T extends Messages>(
  en: T,
  zh: { [K in keyof T]: string },
): Catalog<Extract<keyof T, string>> {
  return { 'en-US': en, 'zh-CN': zh } as Catalog<Extract<keyof T, string>>;
}
