/**
 * Owner acceptance of an action item, kept on the Planner task itself (no database of ours).
 *
 * Where it lives (both writes are ETag-guarded, both are plain Planner data a user can see and edit):
 * 1. The truth: ONE marker line in the task's details `description` (PATCH /planner/tasks/{id}/details
 *    with the details ETag as If-Match):
 *
 *        [Meeting Guard] accepted by <user object id> at <UTC ISO instant>
 *        [Meeting Guard] declined by <user object id> at <UTC ISO instant>: <reason on one line>
 *
 *    The marker is the last line of the description; writing a new one replaces any older marker line,
 *    the rest of the description is kept as it was.
 * 2. An index for list reads: while the item is declined the task carries the Planner label
 *    `appliedCategories.category25 = true` (PATCH /planner/tasks/{id} with the task ETag). Plan task
 *    listings do not expand details, so the organizer's tab and the background service find declined
 *    items from the label and read the details (the reason) of those tasks only.
 *
 * Order of the writes: the label first, under the task ETag (a task changed since the tab read it, e.g.
 * reassigned, is refused with 412 before anything is written), then the marker under the details ETag.
 * A label without a decline marker therefore reads as "declined, reason unknown".
 *
 * A marker counts only while its author is still assigned to the task: reassigning the task makes it
 * pending again for the new owner without touching the details.
 */

export const ACCEPTANCE_MARK = '[Meeting Guard] ';
/** The Planner label that flags a declined item (Planner has category1…category25). */
export const DECLINED_CATEGORY = 'category25';
/** Longest reason kept; Planner descriptions are for people, not essays. */
export const MAX_REASON = 500;

export type AcceptanceState = 'accepted' | 'declined';

export interface Acceptance {
  state: AcceptanceState;
  /** Directory object id of the owner who answered. */
  by: string;
  /** UTC ISO instant. */
  at: string;
  /** Declines only: why, on one line. */
  reason?: string;
}

/** What the tab shows for one task: pending until its current owner answers. */
export type AcceptanceView = { state: 'pending' } | Acceptance;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The marker line for an answer (the reason is flattened to one line and capped). */
export function formatAcceptance(a: Acceptance): string {
  const head = `${ACCEPTANCE_MARK}${a.state} by ${oneLine(a.by)} at ${oneLine(a.at)}`;
  if (a.state !== 'declined') return head;
  const reason = oneLine(a.reason ?? '').slice(0, MAX_REASON);
  return reason ? `${head}: ${reason}` : head;
}

function parseLine(line: string): Acceptance | null {
  if (!line.startsWith(ACCEPTANCE_MARK)) return null;
  const rest = line.slice(ACCEPTANCE_MARK.length);
  const state = rest.startsWith('accepted by ')
    ? 'accepted'
    : rest.startsWith('declined by ')
      ? 'declined'
      : null;
  if (!state) return null;
  const afterBy = rest.slice(`${state} by `.length);
  const atCut = afterBy.indexOf(' at ');
  if (atCut <= 0) return null;
  const by = afterBy.slice(0, atCut);
  const tail = afterBy.slice(atCut + 4);
  const reasonCut = tail.indexOf(': ');
  const at = (reasonCut < 0 ? tail : tail.slice(0, reasonCut)).trim();
  if (by.includes(' ') || at === '' || Number.isNaN(Date.parse(at))) return null;
  const out: Acceptance = { state, by, at };
  if (state === 'declined' && reasonCut >= 0) {
    const reason = tail.slice(reasonCut + 2).trim();
    if (reason) out.reason = reason;
  }
  return out;
}

/** The answer recorded in a task description (the last marker line wins), or null. */
export function parseAcceptance(description: string | undefined | null): Acceptance | null {
  if (!description) return null;
  const lines = description.split('\n');
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const parsed = parseLine(lines[i]!.replace(/\r$/, ''));
    if (parsed) return parsed;
  }
  return null;
}

/** The description with its marker replaced by `a` (or removed when null); other lines untouched. */
export function withAcceptance(description: string | undefined | null, a: Acceptance | null): string {
  const kept = (description ?? '').split('\n').filter((l) => !parseLine(l.replace(/\r$/, '')));
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  if (a) kept.push(formatAcceptance(a));
  return kept.join('\n');
}

/** The answer as it stands for the task's current owners: a marker by someone no longer assigned is void. */
export function acceptanceFor(recorded: Acceptance | null, assigneeIds: readonly string[]): AcceptanceView {
  return recorded && assigneeIds.includes(recorded.by) ? recorded : { state: 'pending' };
}

/** The task-level label patch that goes with an answer (the index described above). */
export function declinedLabelPatch(state: AcceptanceState | 'pending'): {
  appliedCategories: Record<string, boolean>;
} {
  return { appliedCategories: { [DECLINED_CATEGORY]: state === 'declined' } };
}
