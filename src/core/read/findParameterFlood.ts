/** More parameters than any calendar writes on one property; Outlook writes at most about ten. */
export const MAX_ICS_PARAMETERS = 100;

/**
 * The physical line number (1-based) where a content line with more than `max` parameters starts, or
 * null. ical.js searches for the value's `:` afresh after every parameter, so a line of n parameters
 * costs O(n²); one linear pass here refuses such a line before ical.js sees it. Folded continuation
 * lines (starting with a space or tab) belong to the line above; `;` and `:` inside a quoted
 * parameter value do not count.
 */
export function findParameterFlood(text: string, max = MAX_ICS_PARAMETERS): number | null {
  let line = 1;
  let lineStart = 1;
  let params = 0;
  let inValue = false;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      line++;
      const next = text.charCodeAt(i + 1);
      if (next !== 32 && next !== 9) {
        lineStart = line;
        params = 0;
        inValue = false;
        inQuotes = false;
      }
    } else if (inValue || c === 13 /* \r */) {
      continue;
    } else if (c === 34 /* " */) {
      inQuotes = !inQuotes;
    } else if (inQuotes) {
      continue;
    } else if (c === 58 /* : */) {
      inValue = true;
    } else if (c === 59 /* ; */ && ++params > max) {
      return lineStart;
    }
  }
  return null;
}
