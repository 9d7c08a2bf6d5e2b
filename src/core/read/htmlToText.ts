import { Parser } from 'htmlparser2';
import type { InviteBody } from '../model/Invite';

/*
 * HTML → the text a person reads, streamed through htmlparser2's callback Parser: linear time and
 * no recursion, so a 1 MB body or 5,000 nested elements cost the same per byte as a short invite.
 *
 * Output format (the agenda parser and the rules read it):
 * - Block elements (p, div, h1–h6, li, ...) and <br> end lines; whitespace collapses like a browser;
 *   `&nbsp;` becomes a plain space. A paragraph holding only `&nbsp;` (Outlook's empty line) or two
 *   <br> in a row give an empty line.
 * - A table row is ONE line whose cells are separated by a TAB (`\t`), in source order. Block breaks
 *   and <br> inside a cell become spaces (Outlook wraps every cell in <p class=MsoNormal>). A row with
 *   a single cell (layout tables that wrap a whole mail) keeps its lines instead.
 * - The end of a list (ul/ol/dl) or table is followed by an empty line before the next text, as the
 *   browser's margin shows it, so "up to the end of that list or table" is visible in the text.
 * - No bullet or number is added for list items (Word's own "1." spans stay, as the reader sees them).
 * - script, style, head, title, template, noscript, and elements with the `hidden` attribute are dropped.
 * - `<a href>` targets go to `links` in document order; fragment-only (#x) and script/data URLs are not
 *   links to material and are left out. The anchor text stays in `text`.
 * Full-width text is kept as is: rules normalize punctuation themselves.
 */

const BLOCK = new Set(
  'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main menu nav ol p pre section summary ul'.split(
    ' ',
  ),
);
const DROP = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'xml']);
const LIST_OR_TABLE = new Set(['ul', 'ol', 'dl', 'table']);
/**
 * Each table level copies its cells' lines once more, so tables nested thousands deep would cost
 * depth × text. Below this depth (far more than any real invite uses) rows are plain lines and cells
 * are spaces, which keeps the whole conversion linear.
 */
const MAX_TABLE_DEPTH = 8;
const BAD_SCHEME = /^(javascript|vbscript|data):/i;
/** Browsers ignore control characters and spaces inside a scheme (`java\tscript:`). */
const visible = (s: string) =>
  Array.from(s)
    .filter((c) => c.charCodeAt(0) > 0x20)
    .join('');

/** Where text goes: the document, or one table cell. */
interface Sink {
  lines: string[];
  cur: string;
  /** The current line has something a reader sees, possibly just &nbsp;. */
  touched: boolean;
  /** An empty line is owed before the next line with content (after a list or table). */
  gap: boolean;
}

interface Row {
  cells: Sink[];
  /** sinks.length when the row opened: a td belongs to this row only at that depth. */
  depth: number;
}

// What each open element did, undone at its close tag (the parser keeps open/close balanced).
const enum Act {
  None,
  Drop,
  Block,
  Pre,
  Row,
  Cell,
}

const newSink = (): Sink => ({ lines: [], cur: '', touched: false, gap: false });

function endLine(s: Sink, force: boolean): void {
  const line = s.cur.replace(/ {2,}/g, ' ').trim();
  if (line !== '' && s.gap) {
    if (s.lines.length > 0 && s.lines[s.lines.length - 1] !== '') s.lines.push('');
    s.gap = false;
  }
  if (line !== '' || s.touched || force) s.lines.push(line);
  s.cur = '';
  s.touched = false;
}

function addText(s: Sink, text: string, pre: boolean): void {
  if (pre) {
    const parts = text.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((part, i) => {
      if (i > 0) endLine(s, true);
      s.cur += part.replace(/\u00a0/g, ' ');
      if (part !== '') s.touched = true;
    });
    return;
  }
  if (/\u00a0/.test(text)) s.touched = true;
  const collapsed = text.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
  if (collapsed !== ' ' && collapsed !== '') s.touched = true;
  s.cur += collapsed;
}

/** Lines of a finished sink, its unfinished line included. */
function linesOf(s: Sink): string[] {
  if (s.cur !== '' || s.touched) endLine(s, false);
  while (s.lines.length > 0 && s.lines[s.lines.length - 1] === '') s.lines.pop();
  return s.lines;
}

export function htmlToText(html: string): InviteBody {
  const root = newSink();
  const sinks: Sink[] = [root];
  const rows: Row[] = [];
  const acts: Act[] = [];
  const links: string[] = [];
  let drop = 0;
  let pre = 0;
  const top = (): Sink => sinks[sinks.length - 1] ?? root;
  // A cell collects real lines too: emitRow joins them with spaces when the row has several cells.
  const breakLine = () => endLine(top(), false);

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (drop > 0 || DROP.has(name) || 'hidden' in attrs) {
          drop++;
          acts.push(Act.Drop);
          return;
        }
        if (name === 'br') {
          // Two <br> in a row make an empty line.
          endLine(top(), true);
          acts.push(Act.None);
          return;
        }
        if (name === 'a' && typeof attrs.href === 'string') {
          const href = attrs.href.trim();
          if (href !== '' && !href.startsWith('#') && !BAD_SCHEME.test(visible(href))) links.push(href);
        }
        if (name === 'tr' && rows.length < MAX_TABLE_DEPTH) {
          const row = rows[rows.length - 1];
          // A row of a nested table starts a line of the cell it sits in.
          if (!row || row.depth !== sinks.length) breakLine();
          rows.push({ cells: [], depth: sinks.length });
          acts.push(Act.Row);
          return;
        }
        if (name === 'tr') {
          breakLine();
          acts.push(Act.Block);
          return;
        }
        if (name === 'td' || name === 'th') {
          const row = rows[rows.length - 1];
          if (rows.length >= MAX_TABLE_DEPTH) top().cur += ' ';
          else if (row && row.depth === sinks.length) {
            const cell = newSink();
            row.cells.push(cell);
            sinks.push(cell);
            acts.push(Act.Cell);
            return;
          }
        }
        if (name === 'pre') {
          breakLine();
          pre++;
          acts.push(Act.Pre);
          return;
        }
        if (BLOCK.has(name) || name === 'table') {
          breakLine();
          acts.push(Act.Block);
          return;
        }
        acts.push(Act.None);
      },
      onclosetag(name) {
        const act = acts.pop();
        switch (act) {
          case Act.Drop:
            drop--;
            return;
          case Act.Pre:
            pre--;
            breakLine();
            return;
          case Act.Cell:
            sinks.pop();
            return;
          case Act.Row: {
            const row = rows.pop();
            if (row) emitRow(row, top());
            return;
          }
          case Act.Block:
            breakLine();
            if (LIST_OR_TABLE.has(name)) top().gap = true;
            return;
          default:
            return;
        }
      },
      ontext(text) {
        if (drop === 0) addText(top(), text, pre > 0);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const text = linesOf(root).join('\n');
  return { text, links };
}

function emitRow(row: Row, into: Sink): void {
  const cells = row.cells.map(linesOf);
  if (cells.length === 1) {
    for (const line of cells[0] ?? []) pushLine(into, line);
    return;
  }
  const line = cells
    .map((c) =>
      c
        .filter((l) => l !== '')
        .join(' ')
        .replace(/\t/g, ' '),
    )
    .join('\t');
  if (line.replace(/\t/g, '').trim() !== '') pushLine(into, line);
}

/** Adds a finished line as is: a row's leading or trailing empty cells keep their tabs. */
function pushLine(s: Sink, line: string): void {
  if (s.cur.trim() !== '' || s.touched) endLine(s, false);
  if (line !== '' && s.gap) {
    if (s.lines.length > 0 && s.lines[s.lines.length - 1] !== '') s.lines.push('');
    s.gap = false;
  }
  s.lines.push(line);
}
