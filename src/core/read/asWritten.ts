/*
 * ical.js hands DATE and DATE-TIME values over in ISO shape, cut by position whatever they hold
 * (`DTSTART:INVALID-DATE` arrives as 'INVA-LI-D-TAT:E:', `1234` as '1234--T::'). A message that
 * quotes a value should quote what the file says, so this finds the line it came from.
 */

// ical.js's date and date-time fromICAL, applied to anything.
const asDate = (v: string) => `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
const asDateTime = (v: string) =>
  `${asDate(v)}T${v.slice(9, 11)}:${v.slice(11, 13)}:${v.slice(13, 15)}${v[15] === 'Z' ? 'Z' : ''}`;

/** `message` with a quoted `unparseable DTSTART '…'` value replaced by the value as the file writes it. */
export function asWritten(message: string, text: string): string {
  const m = /unparseable (DTSTART|DTEND|DTSTAMP) '(.*)'$/.exec(message);
  if (!m) return message;
  const [, name = '', shown = ''] = m;
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const lines = unfolded.matchAll(/^(DTSTART|DTEND|DTSTAMP)(?:;(?:"[^"]*"|[^:"\r\n])*)?:([^\r\n]*)$/gim);
  for (const [, written = '', raw = ''] of lines) {
    if (written.toUpperCase() !== name) continue;
    const value = raw.trim();
    if ([value, asDate(value), asDateTime(value)].some((v) => v.slice(0, 40) === shown))
      return `${message.slice(0, m.index)}unparseable ${name} '${value.slice(0, 40)}'`;
  }
  return message;
}
