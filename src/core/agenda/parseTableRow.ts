import { normalizeText } from '../text/normalizeText';
import { agendaItem, type AgendaItem } from './AgendaItem';
import { CLOCK_RANGE_RE } from './agendaPatterns';
import { classifyItem } from './classifyItem';
import { parseItemText, parseMinutes, toClock } from './parseItemText';
import { cellsOf, type Column, type TableHeader } from './parseTableHeader';

const EMPTY_CELLS = new Set(['', '-', '--', '/', 'n/a', 'na', '无', '—']);

/**
 * A table row read with its header: a column the header names supplies that part for the row
 * (an empty cell supplies nothing). The title cell may itself carry parts (`需求对齐(李工,20分钟)`).
 */
export function parseTableRow(line: string, header: TableHeader): AgendaItem | null {
  const orig = cellsOf(line);
  const norm = cellsOf(normalizeText(line));
  const cell = (col: Column): string | undefined => {
    const i = header[col];
    if (i === undefined) return undefined;
    const v = orig[i];
    return v === undefined || EMPTY_CELLS.has(v.toLowerCase()) ? undefined : v;
  };
  const used = new Set(Object.values(header));
  const titleIndex =
    header.title ?? norm.findIndex((c, i) => !used.has(i) && c !== '' && !CLOCK_RANGE_RE.test(c));
  const titleCell = titleIndex >= 0 ? orig[titleIndex] : undefined;
  if (titleCell === undefined || titleCell === '') return null;
  const inner = parseItemText(titleCell);
  const timeCell = cell('time');
  const clockMatch =
    CLOCK_RANGE_RE.exec(normalizeText(timeCell ?? '')) ?? CLOCK_RANGE_RE.exec(norm.join('\t'));
  const clock = (clockMatch ? toClock(clockMatch) : undefined) ?? inner?.clock;
  const minutesCell = cell('minutes');
  const minutes =
    (minutesCell === undefined
      ? undefined
      : (parseMinutes(normalizeText(minutesCell)) ?? plainNumber(minutesCell))) ?? inner?.minutes;
  const owner = cell('owner') ?? inner?.owner;
  const output = cell('output') ?? inner?.output;
  const title = inner?.title || titleCell;
  return agendaItem({ title, owner, minutes, clock, output, kind: classifyItem(title), line: line.trim() });
}

function plainNumber(s: string): number | undefined {
  const n = Number(normalizeText(s).trim());
  return Number.isFinite(n) && n >= 0 && n < 10000 ? Math.round(n) : undefined;
}
