import { normalizeText } from '../text/normalizeText';

/** `a(x;y); b; c` → [`a(x;y)`, `b`, `c`]: splits at `;`/`；` outside brackets and `《》`, returning original text. */
export function splitSemicolons(orig: string): string[] {
  const norm = normalizeText(orig);
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i];
    if (c === '(' || c === '[' || c === '《') depth++;
    else if ((c === ')' || c === ']' || c === '》') && depth > 0) depth--;
    else if (c === ';' && depth === 0) {
      if (orig.slice(start, i).trim() !== '') out.push(orig.slice(start, i));
      start = i + 1;
    }
  }
  if (orig.slice(start).trim() !== '') out.push(orig.slice(start));
  return out;
}
