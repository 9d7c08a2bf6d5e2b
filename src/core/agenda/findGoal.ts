import { normalizeText } from '../text/normalizeText';
import { splitLines } from '../text/splitLines';
import {
  AGENDA_LABEL_RE,
  DELIVERABLE_NOUN_RE,
  GOAL_LABEL_RE,
  RESULT_VERB_RE,
  SECTION_LABEL_RE,
  VAGUE_GOAL_RE,
} from './agendaPatterns';
import { matchLabel } from './matchLabel';

export interface GoalInfo {
  /** The goal statement, as written. */
  text: string;
  /** The source line of the label (or of the statement under a heading), for evidence. */
  line: string;
  /** No verb-plus-result: it only talks (沟通/同步/讨论/sync/discuss) and names no decision or deliverable. */
  vague: boolean;
}

const MAX_LOOKAHEAD = 3;

/**
 * The first labelled goal: `会议目标:…` / `Goal: …` on one line, or the label as a heading over the
 * next non-blank line. Null when there is none (or the label heads nothing).
 */
export function findGoal(text: string): GoalInfo | null {
  const lines = splitLines(typeof text === 'string' ? text : '');
  for (let i = 0; i < lines.length; i++) {
    const orig = lines[i] as string;
    const label = matchLabel(normalizeText(orig), GOAL_LABEL_RE);
    if (!label) continue;
    if (!label.heading) {
      const statement = orig.slice(label.restAt).trim();
      return { text: statement, line: orig.trim(), vague: isVagueGoal(label.rest) };
    }
    for (let j = i + 1; j < lines.length && j <= i + MAX_LOOKAHEAD; j++) {
      const next = (lines[j] as string).trim();
      if (next === '') continue;
      const norm = normalizeText(next);
      // A heading followed straight by the next section heads nothing.
      if (matchLabel(norm, AGENDA_LABEL_RE) || matchLabel(norm, SECTION_LABEL_RE)) break;
      return { text: next, line: next, vague: isVagueGoal(norm) };
    }
  }
  return null;
}

/**
 * The guide: a goal is verb + result ("确定Q3产品上线排期并明确各部门交付物"). A result verb settles it;
 * without one, talk words (加强沟通, 讨论进展, sync up) make it vague even when they name a topic,
 * and a statement with neither is vague unless it names a deliverable (《…》, 方案, plan, list, ...).
 */
export function isVagueGoal(statement: string): boolean {
  const s = normalizeText(statement);
  if (RESULT_VERB_RE.test(s)) return false;
  if (VAGUE_GOAL_RE.test(s)) return true;
  return !DELIVERABLE_NOUN_RE.test(s);
}
