import { normalizeText } from '../text/normalizeText';
import { splitLines } from '../text/splitLines';
import type { AgendaItem } from './AgendaItem';
import {
  AGENDA_LABEL_RE,
  BULLET_RE,
  CLOCK_RANGE_ALL_RE,
  CLOCK_RANGE_RE,
  CLOCK_START_RE,
  DURATION_RE,
  GOAL_LABEL_RE,
  PART_LINE_RE,
  SECTION_LABEL_RE,
} from './agendaPatterns';
import { matchLabel } from './matchLabel';
import { parseAgendaTable } from './parseAgendaTable';
import { mergePartLine } from './mergePartLine';
import { parseItemText, toClock } from './parseItemText';
import { parseTableHeader } from './parseTableHeader';
import { splitSemicolons } from './splitSemicolons';

export type { AgendaItem, ItemKind } from './AgendaItem';

const MAX_ITEMS = 200;

/**
 * Agenda items of an invite body (or anything a person typed as an agenda), per the rulebook: list
 * items, lines or table rows under an agenda label (`议程` `会议议程` `Agenda`) up to the end of that
 * list or table, a blank line or the next labelled line; and lines that start with a clock range.
 * One pass over the lines; never throws.
 */
export function parseAgenda(text: string): AgendaItem[] {
  const lines = splitLines(typeof text === 'string' ? text : '');
  const items: AgendaItem[] = [];
  let i = 0;
  while (i < lines.length && items.length < MAX_ITEMS) {
    const orig = lines[i] as string;
    const norm = normalizeText(orig);
    const label = matchLabel(norm, AGENDA_LABEL_RE);
    if (label) {
      i = readSection(lines, i, orig.slice(label.restAt).trim(), items);
      continue;
    }
    const header = parseTableHeader(orig);
    if (header && header.title !== undefined && (header.time !== undefined || header.minutes !== undefined)) {
      i = parseAgendaTable(lines, i + 1, header, items);
      continue;
    }
    if (startsWithClock(norm)) pushLine(orig, items);
    else pushInlineItems(orig, norm, items);
    i++;
  }
  return items.slice(0, MAX_ITEMS);
}

function bulletLength(norm: string): number {
  return BULLET_RE.exec(norm)?.[0].length ?? 0;
}

function startsWithClock(norm: string): boolean {
  const m = CLOCK_START_RE.exec(norm.slice(bulletLength(norm)));
  return m !== null && toClock(m) !== undefined;
}

function isListLine(norm: string): boolean {
  const b = BULLET_RE.exec(norm)?.[0] ?? '';
  return b.trim() !== '' || startsWithClock(norm);
}

/** The line at `k` exists, has text and is not a label: the list goes on after an empty line. */
function continuesList(lines: string[], k: number): boolean {
  const next = lines[k];
  if (next === undefined) return false;
  const norm = normalizeText(next);
  if (norm.trim() === '') return false;
  return !(
    matchLabel(norm, SECTION_LABEL_RE) ||
    matchLabel(norm, GOAL_LABEL_RE) ||
    matchLabel(norm, AGENDA_LABEL_RE)
  );
}

/** Indented or bulleted: a line under an item rather than a heading of its own. */
function isSubLine(orig: string, norm: string): boolean {
  const c = orig[0];
  return c === ' ' || c === '\t' || c === '\u3000' || (BULLET_RE.exec(norm)?.[0] ?? '').trim() !== '';
}

function pushLine(orig: string, items: AgendaItem[]): void {
  for (const piece of splitSemicolons(orig)) {
    const item = parseItemText(piece);
    if (item) items.push(item);
  }
}

/**
 * A line carrying several timed items in prose, like the guide's own example
 * (`示例:14:00-14:10需求对齐(…);14:10-14:30资源评估(…);…`): each clock range starts an item.
 * One clock range alone (`时间:2026-12-07 14:00-15:00`) is the meeting's time, not an agenda.
 */
function pushInlineItems(orig: string, norm: string, items: AgendaItem[]): void {
  const starts: number[] = [];
  for (const m of norm.matchAll(CLOCK_RANGE_ALL_RE)) if (toClock(m)) starts.push(m.index);
  if (starts.length < 2) return;
  starts.forEach((at, k) => {
    const item = parseItemText(orig.slice(at, starts[k + 1] ?? orig.length));
    if (item) items.push(item);
  });
}

/** Reads the items under an agenda label starting at line `at`; returns the first line after the section. */
function readSection(lines: string[], at: number, inline: string, items: AgendaItem[]): number {
  const before = items.length;
  // `议程:见附件` is a pointer, not an item; inline items carry a time or are a `;` list.
  const inlineItems =
    inline !== '' &&
    (CLOCK_RANGE_RE.test(inline) || DURATION_RE.test(inline) || splitSemicolons(inline).length > 1);
  if (inlineItems) pushLine(inline, items);
  // After `议题:Q3排期` or `Agenda: see below` only a list can follow as items, not prose.
  let mode: 'list' | 'plain' | undefined = inline !== '' && !inlineItems ? 'list' : undefined;
  let blanks = 0;
  let lastWasPart = false;
  let j = at + 1;
  for (; j < lines.length && items.length < MAX_ITEMS; j++) {
    const orig = lines[j] as string;
    const norm = normalizeText(orig);
    if (norm.trim() === '') {
      if (items.length === before && ++blanks <= 2) continue;
      // HTML readers leave an empty line where a nested list (an item's 负责人/时长/输出) ends; the outer list goes on.
      if (lastWasPart && continuesList(lines, j + 1)) continue;
      break;
    }
    lastWasPart = false;
    const content = norm.slice(bulletLength(norm)).trim();
    const last = items[items.length - 1];
    const isLabel =
      matchLabel(norm, SECTION_LABEL_RE) ||
      matchLabel(norm, GOAL_LABEL_RE) ||
      matchLabel(norm, AGENDA_LABEL_RE);
    // `负责人:…` / `Outcome: …` under an item adds to it; unindented, a section label ends the agenda.
    if (items.length > before && last && PART_LINE_RE.test(content) && (!isLabel || isSubLine(orig, norm))) {
      items[items.length - 1] = mergePartLine(last, content);
      lastWasPart = true;
      continue;
    }
    if (isLabel) break;
    if (orig.includes('\t')) {
      const header = parseTableHeader(orig);
      if (header || items.length === before)
        return parseAgendaTable(lines, header ? j + 1 : j, header, items);
    }
    const list = isListLine(norm);
    if (mode === undefined) mode = list ? 'list' : 'plain';
    else if (mode === 'list' && !list) break;
    pushLine(orig, items);
  }
  return j;
}
