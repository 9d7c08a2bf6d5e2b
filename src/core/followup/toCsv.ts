/**
 * RFC 4180 CSV with a guard against formula injection: task titles and meeting subjects are other
 * people's text, and a cell starting with = + - @ (or a tab/CR) would run as a formula in Excel.
 * A UTF-8 BOM makes Excel read Chinese text correctly.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  const cell = (value: string | number | null | undefined): string => {
    if (value === null || value === undefined) return '';
    let s = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
