import { cliCatalog } from '../core/i18n/catalogs/cliCatalog';
import { createTranslator } from '../core/i18n/createTranslator';
import { weekdayName } from '../core/i18n/weekdayName';
import type { Finding, Severity } from '../core/model/Finding';
import type { Invite } from '../core/model/Invite';
import type { Lang } from '../core/model/Lang';
import type { Weekday } from '../core/model/Weekday';
import type { LocalTime } from '../core/time/toLocal';

const t = createTranslator(cliCatalog);

/** What the text report needs from a verdict (a subset of core's Verdict). */
export interface CheckedEvent {
  invite: Invite;
  verdict: {
    findings: Finding[];
    blocked: boolean;
    scope: 'skipped' | 'one-on-one' | 'group';
    local: { start: LocalTime; end: LocalTime; timeZone: string };
  };
}

type Status = 'blocked' | 'warn' | 'ok' | 'skipped';
const ICON: Record<Status | Severity, string> = {
  blocked: '⛔',
  warn: '⚠️',
  ok: '✅',
  skipped: '⏭️',
  block: '⛔',
  info: 'ℹ️',
};

export function statusOf(e: CheckedEvent): Status {
  if (e.verdict.scope === 'skipped') return 'skipped';
  if (e.verdict.blocked) return 'blocked';
  return e.verdict.findings.some((f) => f.severity === 'warn') ? 'warn' : 'ok';
}

const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Untrusted text on one terminal line: control characters (ANSI escapes, CR) would rewrite the screen,
 * and bidi overrides would make "EXE.txt" read as "txt.EXE"; the latter are shown as [U+202E].
 */
export function clean(s: string): string {
  return Array.from(s)
    .map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return ' ';
      return BIDI.test(c) ? `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]` : c;
    })
    .join('');
}

/** Multi-line text (evidence) keeps its lines, each indented under its label. */
function indented(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => clean(line).trimEnd())
    .join(`\n${indent}`);
}

function isNextDay(a: string, b: string): boolean {
  return Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`) === 86_400_000;
}

function when(e: CheckedEvent, lang: Lang): string {
  const { start, end, timeZone } = e.verdict.local;
  const day = (d: Weekday) => weekdayName(lang, d, 'short');
  const base = { day: day(start.weekday), date: start.date, start: start.time, zone: timeZone };
  if (start.date === end.date) return t(lang, 'report.when', { ...base, end: end.time });
  // Ending at midnight reads as "until 24:00" of the same day, as the rulebook writes slots.
  if (end.minuteOfDay === 0 && isNextDay(start.date, end.date))
    return t(lang, 'report.when', { ...base, end: '24:00' });
  return t(lang, 'report.whenSpan', { ...base, endDay: day(end.weekday), endDate: end.date, end: end.time });
}

function eventLines(e: CheckedEvent, lang: Lang, minPeople: number): string[] {
  const status = statusOf(e);
  const subject = clean(e.invite.subject.trim()) || t(lang, 'report.noSubject');
  const out = [`${ICON[status]} [${t(lang, `report.status.${status}`)}] ${subject}`];
  out.push(`   ${clean(e.invite.source)} · ${when(e, lang)}`);
  const days = e.invite.recurrence?.daysOfWeek;
  if (days && days.length > 0)
    out.push(
      `   ${t(lang, 'report.series', { days: days.map((d) => weekdayName(lang, d, 'short')).join(t(lang, 'report.listSeparator')) })}`,
    );
  if (status === 'skipped') {
    const why = e.invite.isCancelled
      ? 'report.skipped.cancelled'
      : e.invite.isAllDay
        ? 'report.skipped.allDay'
        : 'report.skipped.other';
    out.push(`   ${t(lang, why)}`);
    return out;
  }
  if (e.verdict.scope === 'one-on-one') out.push(`   ${t(lang, 'report.oneOnOne', { min: minPeople })}`);
  if (e.verdict.findings.length === 0) out.push(`   ${ICON.ok} ${t(lang, 'report.noFindings')}`);
  const pad = '      ';
  for (const f of e.verdict.findings) {
    out.push(
      `   ${ICON[f.severity]} ${t(lang, `report.severity.${f.severity}`)} ${f.rule}: ${indented(f.message, pad)}`,
    );
    if (f.evidence) out.push(pad + t(lang, 'report.evidence', { text: indented(f.evidence, pad + '  ') }));
    if (f.fix) out.push(pad + t(lang, 'report.fix', { text: indented(f.fix, pad + '  ') }));
  }
  return out;
}

/**
 * The readable report (`--format text`), the way a person pastes it into a chat: one block per event,
 * status first, then each finding with its evidence and fix, then a summary line.
 */
export function formatText(
  events: readonly CheckedEvent[],
  lang: Lang,
  unusable: number,
  minPeople = 3,
): string {
  const lines = [t(lang, 'report.title', { count: events.length }), ''];
  for (const e of events) {
    lines.push(...eventLines(e, lang, minPeople), '');
  }
  const count = (s: Status) => events.filter((e) => statusOf(e) === s).length;
  lines.push(
    t(lang, 'report.summary', {
      blocked: count('blocked'),
      warn: count('warn'),
      ok: count('ok'),
      skipped: count('skipped'),
    }),
  );
  if (unusable > 0) lines.push(t(lang, 'report.unusable', { count: unusable }));
  return lines.join('\n') + '\n';
}
