export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['en-US', 'zh-CN'];

/** Maps any BCP 47 tag a host reports (zh, zh-Hans-CN, en-GB, fr-FR) to a language we ship. */
export function toLang(tag: string | undefined | null): Lang {
  return tag && /^zh\b/i.test(tag.trim()) ? 'zh-CN' : 'en-US';
}
