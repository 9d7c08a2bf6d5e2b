import { normalizeText } from '../text/normalizeText';
import { COL_MINUTES_RE, COL_OUTPUT_RE, COL_OWNER_RE, COL_TIME_RE, COL_TITLE_RE } from './agendaPatterns';
import { trimDecor } from './trimDecor';

export type Column = 'time' | 'title' | 'owner' | 'minutes' | 'output';
export type TableHeader = Partial<Record<Column, number>>;

const COLUMNS: Array<[Column, RegExp]> = [
  ['time', COL_TIME_RE],
  ['title', COL_TITLE_RE],
  ['owner', COL_OWNER_RE],
  ['minutes', COL_MINUTES_RE],
  ['output', COL_OUTPUT_RE],
];
export const cellsOf = (line: string) => line.split('\t').map((c) => trimDecor(c));

/** A row of `\t`-separated cells whose cells name at least two parts, one of them the item itself or a part. */
export function parseTableHeader(line: string): TableHeader | null {
  if (!line.includes('\t')) return null;
  const header: TableHeader = {};
  let named = 0;
  cellsOf(normalizeText(line)).forEach((cell, i) => {
    for (const [col, re] of COLUMNS) {
      if (header[col] === undefined && re.test(cell)) {
        header[col] = i;
        named++;
        return;
      }
    }
  });
  const parts =
    (header.owner !== undefined ? 1 : 0) +
    (header.minutes !== undefined ? 1 : 0) +
    (header.output !== undefined ? 1 : 0);
  return named >= 2 && (parts > 0 || header.title !== undefined) ? header : null;
}
