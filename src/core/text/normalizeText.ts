/**
 * The rulebook counts full-width punctuation like its ASCII twin (`：` `，` `（）` `－` `～` `—` `–`).
 * Every mapping is one UTF-16 unit to one, so an index into the normalized text is an index into the
 * original: rules match on the normalized line and quote the original as evidence.
 */
export function normalizeText(s: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const mapped = mapUnit(s.charCodeAt(i));
    if (mapped === undefined) continue;
    out += s.slice(runStart, i) + mapped;
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

function mapUnit(c: number): string | undefined {
  // Full-width ASCII block: digits, letters, ！＂＃…～ (FF5E is ～).
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  switch (c) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space, common in Outlook HTML
      return ' ';
    case 0x2010: // hyphen
    case 0x2011:
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015: // horizontal bar
    case 0x2212: // minus sign
    case 0xfe58:
      return '-';
    case 0x301c: // wave dash, the Japanese-IME twin of ～
      return '~';
    case 0xff61:
      return '.';
    default:
      return undefined;
  }
}

/** True for code units the normalization turns into '-' but that were typed as a long dash, not a hyphen. */
export function isLongDash(c: number): boolean {
  return c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0xff0d || c === 0x2012;
}
