import { LINE_BREAK_RE } from './textPatterns';

/** Lines as a person reads them; CR, LF, CRLF and the Unicode line/paragraph separators all end a line. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK_RE);
}
