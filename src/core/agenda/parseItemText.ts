import { normalizeText } from '../text/normalizeText';
import { agendaItem, type AgendaItem } from './AgendaItem';
import {
  ARROW_RE,
  BULLET_RE,
  CLOCK_RANGE_RE,
  CLOCK_START_RE,
  DOC_TITLE_RE,
  DURATION_LABEL_RE,
  DURATION_RE,
  OUTPUT_EN_RE,
  OUTPUT_ZH_RE,
  OWNER_EN_RE,
  OWNER_ZH_RE,
  LETTER_RE,
  ROLE_END_RE,
  WORD_DURATION_RE,
} from './agendaPatterns';
import { classifyItem } from './classifyItem';
import { splitParts, type Part } from './splitParts';
import { trimDecor } from './trimDecor';

const WORD_MINUTES: Record<string, number> = {
  半小时: 30,
  半个小时: 30,
  一小时: 60,
  一个小时: 60,
  一个半小时: 90,
  两小时: 120,
  两个小时: 120,
};
const MAX_TEXT = 200;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** 12-hour clock → minutes after midnight; NaN when the hour is not 1–12. */
function meridiem(h: number, min: number, ap: string): number {
  if (h < 1 || h > 12) return NaN;
  return ((h % 12) + (ap === 'p' ? 12 : 0)) * 60 + min;
}

/**
 * A clock-range match (groups: h, mm, am/pm, h, mm, am/pm) → `{ start: 'HH:MM', end: 'HH:MM' }`;
 * undefined when a part is not a time of day. `2:00-2:15 pm` takes the end's pm for the start unless
 * that would start after the end (`11:30-12:15pm` starts at 11:30).
 */
export function toClock(m: RegExpExecArray): { start: string; end: string } | undefined {
  const [h1, m1, h2, m2] = [Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5])];
  const ap1 = m[3]?.toLowerCase();
  const ap2 = m[6]?.toLowerCase();
  if (m1 > 59 || m2 > 59) return undefined;
  const plain = (h: number, min: number) => (h < 24 || (h === 24 && min === 0) ? h * 60 + min : NaN);
  const end = ap2 ? meridiem(h2, m2, ap2) : plain(h2, m2);
  let start = ap1 ? meridiem(h1, m1, ap1) : plain(h1, m1);
  if (!ap1 && ap2 && h1 >= 1 && h1 <= 12) {
    start = meridiem(h1, m1, ap2);
    if (start > end) start = meridiem(h1, m1, ap2 === 'p' ? 'a' : 'p');
  }
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  const fmt = (t: number) => `${pad2(Math.floor(t / 60))}:${pad2(t % 60)}`;
  return { start: fmt(start), end: fmt(end) };
}

/** Minutes stated in a text: `20分钟`, `20 min`, `1.5小时`, `半小时`, `时长: 20`. */
export function parseMinutes(norm: string): number | undefined {
  const d = DURATION_RE.exec(norm);
  if (d) {
    const n = Number(d[1]);
    const unit = (d[2] ?? '').toLowerCase();
    const hours = unit === 'h' || unit.startsWith('hr') || unit.startsWith('hour') || unit.endsWith('小时');
    return Math.round(hours ? n * 60 : n);
  }
  const w = WORD_DURATION_RE.exec(norm);
  if (w) return WORD_MINUTES[w[1] ?? ''];
  const l = DURATION_LABEL_RE.exec(norm);
  return l ? Number(l[1]) : undefined;
}

function value(s: string | undefined): string | undefined {
  const v = trimDecor(s ?? '');
  return v === '' ? undefined : v.slice(0, MAX_TEXT);
}

/** `各部门负责人`: something, then a role word, and no label colon. A bare `负责人` is an empty label. */
function isRoleName(norm: string): boolean {
  const n = norm.trim();
  const m = ROLE_END_RE.exec(n);
  return m !== null && m.index > 0 && !n.includes(':');
}

export function labelledOwner(norm: string): string | undefined {
  if (isRoleName(norm)) return undefined;
  return value(OWNER_ZH_RE.exec(norm)?.[1]) ?? value(OWNER_EN_RE.exec(norm)?.[1]);
}

export function labelledOutput(norm: string): string | undefined {
  if (isRoleName(norm)) return undefined;
  const en = OUTPUT_EN_RE.exec(norm);
  return (
    value(OUTPUT_ZH_RE.exec(norm)?.[1]) ??
    value(en?.[1] ?? en?.[2]) ??
    value(ARROW_RE.exec(norm)?.[1]) ??
    DOC_TITLE_RE.exec(norm)?.[0]
  );
}

function firstOf<T>(pieces: string[], f: (s: string) => T | undefined): T | undefined {
  for (const p of pieces) {
    const v = f(p);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A part that names nobody's role: no duration, label, arrow or document title. Names are short. */
function isPlain(p: Pick<Part, 'norm' | 'afterArrow'>): boolean {
  const n = p.norm;
  if (n === '' || n.length > 40 || p.afterArrow) return false;
  if (DURATION_RE.test(n) || WORD_DURATION_RE.test(n) || DURATION_LABEL_RE.test(n) || CLOCK_RANGE_RE.test(n))
    return false;
  if (isRoleName(n)) return LETTER_RE.test(n);
  if (
    OWNER_ZH_RE.test(n) ||
    OWNER_EN_RE.test(n) ||
    OUTPUT_ZH_RE.test(n) ||
    OUTPUT_EN_RE.test(n) ||
    DOC_TITLE_RE.test(n)
  )
    return false;
  return LETTER_RE.test(n);
}

/** Where the title ends inside the first part: at a duration or a part label written after it. */
function titleEnd(norm: string): number {
  let end = norm.length;
  for (const re of [
    DURATION_RE,
    WORD_DURATION_RE,
    OWNER_ZH_RE,
    OWNER_EN_RE,
    OUTPUT_ZH_RE,
    OUTPUT_EN_RE,
    DOC_TITLE_RE,
  ]) {
    const m = re.exec(norm);
    if (m && m.index > 0 && m.index < end) end = m.index;
  }
  const colon = norm.indexOf(':');
  if (colon > 0 && colon < end) end = colon;
  return end;
}

/**
 * One agenda item from one line: `14:00-14:10 需求对齐(市场部经理,20分钟,输出《需求优先级共识表》)`,
 * `- Resource assessment — R&D director — 20 min → resource list`, `茶歇 10分钟`. Null for an empty line.
 */
export function parseItemText(line: string): AgendaItem | null {
  const orig = line.trim().slice(0, 2000);
  const norm = normalizeText(orig);
  let pos = BULLET_RE.exec(norm)?.[0].length ?? 0;
  let clock: AgendaItem['clock'];
  const startClock = CLOCK_START_RE.exec(norm.slice(pos));
  if (startClock) {
    clock = toClock(startClock);
    pos += startClock[0].length;
  }
  let body = norm.slice(pos);
  let bodyOrig = orig.slice(pos);
  if (!startClock) {
    const c = CLOCK_RANGE_RE.exec(body);
    if (c) {
      clock = toClock(c);
      const blank = ' '.repeat(c[0].length);
      body = body.slice(0, c.index) + blank + body.slice(c.index + c[0].length);
      bodyOrig = bodyOrig.slice(0, c.index) + blank + bodyOrig.slice(c.index + c[0].length);
    }
  }
  const parts = splitParts(body, bodyOrig);
  const first = parts[0];
  let title = '';
  let rest = body;
  // Each part on its own, so a labelled value stops at the next dash, comma or bracket.
  let pieces = parts.map((p) => p.norm);
  // `Intro: Li (5 min)`: what follows the title's colon is in the owner's position.
  let afterColon: string | undefined;
  if (first && !first.inParens) {
    const end = titleEnd(first.norm);
    title = value(first.text.slice(0, end)) ?? '';
    rest = body.slice(first.at + end);
    pieces = [first.norm.slice(end), ...pieces.slice(1)];
    if (first.norm[end] === ':') afterColon = value(first.norm.slice(end + 1));
  }
  const owner =
    firstOf(pieces, labelledOwner) ??
    value(parts.find((p) => p.firstInParens && isPlain(p))?.text) ??
    (afterColon !== undefined && isPlain({ norm: afterColon, afterArrow: false }) ? afterColon : undefined) ??
    value(parts.find((p) => p !== first && !p.inParens && isPlain(p))?.text);
  const minutes = firstOf(pieces, parseMinutes) ?? parseMinutes(rest);
  const output = firstOf(pieces, labelledOutput) ?? value(parts.find((p) => p.afterArrow)?.text);
  if (title === '') title = value(bodyOrig) ?? '';
  if (title === '' && !clock) return null;
  return agendaItem({
    title,
    owner,
    minutes,
    clock,
    output,
    kind: classifyItem(title === '' ? body : title),
    line: orig,
  });
}
