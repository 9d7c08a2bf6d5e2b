import { LABEL_LEAD_RE, LABEL_TAIL_RE } from './agendaPatterns';

export interface LabelMatch {
  /** Text after the label and its colon, trimmed; '' for a heading. */
  rest: string;
  /** Where `rest` starts in the line (the same index in the original, un-normalized line). */
  restAt: number;
  /** The label stands alone on its line (a heading over what follows). */
  heading: boolean;
}

/**
 * A labelled line: `会议目标:…`, `【议程】`, `## Agenda`, `二、会议目标`, `**Goal:** …`.
 * The label must be followed by a colon, a closing bracket, or nothing (a heading); `目标达成率…` is not a label.
 * `line` must already be normalized (full-width colon folded to ':').
 */
export function matchLabel(line: string, label: RegExp): LabelMatch | null {
  const lead = LABEL_LEAD_RE.exec(line)?.[0].length ?? 0;
  const body = line.slice(lead);
  const m = label.exec(body);
  if (!m || m.index !== 0) return null;
  const after = body.slice(m[0].length);
  const tail = LABEL_TAIL_RE.exec(after);
  const consumed = tail?.[0].length ?? 0;
  const restRaw = after.slice(consumed);
  const rest = restRaw.trim();
  const restAt = line.length - restRaw.length + (restRaw.length - restRaw.trimStart().length);
  if (rest === '') return { rest: '', restAt: line.length, heading: true };
  const colon = tail?.[2] === ':';
  const closed = (tail?.[1] ?? '').includes('】') || (tail?.[1] ?? '').includes(']');
  return colon || closed ? { rest, restAt, heading: false } : null;
}
