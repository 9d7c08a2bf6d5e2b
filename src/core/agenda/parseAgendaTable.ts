import type { AgendaItem } from './AgendaItem';
import { parseItemText } from './parseItemText';
import type { TableHeader } from './parseTableHeader';
import { parseTableRow } from './parseTableRow';

/**
 * Reads the rows of a `\t`-separated table from line `at` to its end (the first line without a tab);
 * returns the index of that line. Without a header, a row reads like an item line with `|` between cells.
 */
export function parseAgendaTable(
  lines: string[],
  at: number,
  header: TableHeader | null,
  items: AgendaItem[],
): number {
  let j = at;
  for (; j < lines.length; j++) {
    const line = lines[j] as string;
    if (!line.includes('\t')) break;
    const item = header ? parseTableRow(line, header) : parseItemText(line.split('\t').join(' | '));
    if (item) items.push(item);
  }
  return j;
}
