import { isLongDash } from '../text/normalizeText';

export interface Part {
  /** Original text of the part, trimmed. */
  text: string;
  /** The same, normalized. */
  norm: string;
  /** Offset in the item body where the part starts. */
  at: number;
  /** Inside a parenthesised list. */
  inParens: boolean;
  /** The first element of a parenthesised list (the rulebook's owner position). */
  firstInParens: boolean;
  /** Follows an arrow: `→ X` is an expected output. */
  afterArrow: boolean;
}

const TOP_SEPARATORS = new Set([',', ';', '|', '、', '\t']);
const PAREN_SEPARATORS = new Set([',', ';', '|', '、', '\t']);

/**
 * Splits an item body into its parts in one pass: `title (a, b, c)`, `title - owner - 20 min`,
 * `title, owner, 20 min → output`. Separators inside `《》` and nested brackets do not split.
 * A hyphen separates only when typed as a long dash or set off by a space, so `sign-off` stays whole.
 */
export function splitParts(norm: string, orig: string): Part[] {
  const parts: Part[] = [];
  let depth = 0;
  let quote = 0;
  let start = 0;
  let firstPending = false;
  let arrowPending = false;
  const push = (a: number, b: number, inside: boolean) => {
    const raw = norm.slice(a, b);
    const text = orig.slice(a, b).trim();
    if (text !== '') {
      const lead = raw.length - raw.trimStart().length;
      parts.push({
        text,
        norm: raw.trim(),
        at: a + lead,
        inParens: inside,
        firstInParens: inside && firstPending,
        afterArrow: arrowPending,
      });
      if (inside) firstPending = false;
      arrowPending = false;
    }
  };
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i] as string;
    if (c === '《') quote++;
    else if (c === '》' && quote > 0) quote--;
    if (quote > 0) continue;
    if (c === '(' || c === '[') {
      push(start, i, depth > 0);
      if (depth === 0) firstPending = true;
      depth++;
      start = i + 1;
    } else if ((c === ')' || c === ']') && depth > 0) {
      push(start, i, true);
      depth--;
      start = i + 1;
    } else if ((depth === 0 ? TOP_SEPARATORS : PAREN_SEPARATORS).has(c)) {
      push(start, i, depth > 0);
      start = i + 1;
    } else if (c === '→' || c === '⇒' || ((c === '-' || c === '=') && norm[i + 1] === '>')) {
      push(start, i, depth > 0);
      if (c === '-' || c === '=') i++;
      arrowPending = true;
      start = i + 1;
    } else if (c === '-' && isDashSeparator(norm, orig, i)) {
      push(start, i, depth > 0);
      while (norm[i + 1] === '-') i++;
      start = i + 1;
    }
  }
  push(start, norm.length, depth > 0);
  return parts;
}

function isDashSeparator(norm: string, orig: string, i: number): boolean {
  if (isLongDash(orig.charCodeAt(i))) return true;
  const prev = norm[i - 1];
  const next = norm[i + 1];
  return prev === ' ' || next === ' ' || next === '-' || prev === undefined;
}
