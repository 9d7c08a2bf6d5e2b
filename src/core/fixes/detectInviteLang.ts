import type { Lang } from '../model/Lang';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * The language the invite is written in, so an inserted template matches it: Chinese when Han characters
 * outweigh Latin words (a Chinese invite often carries English names and links), else the fallback
 * when the invite is empty, else English.
 */
export function detectInviteLang(subject: string, bodyText: string, fallback: Lang): Lang {
  // Links (join URLs, material) are Latin whatever language the invite is in.
  const text = `${subject}\n${bodyText}`.replace(LINK, ' ');
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  if (han === 0 && words === 0) return fallback;
  // Two Han characters carry about as much as one English word.
  return han / 2 >= words ? 'zh-CN' : 'en-US';
}
