/** The guide's follow-up clock: a minutes draft within 2 hours of the close, the final within 24 hours. */
export const DRAFT_WITHIN_MS = 2 * 3_600_000;
export const FINAL_WITHIN_MS = 24 * 3_600_000;

export type ClockState = 'not-started' | 'open' | 'done' | 'late' | 'done-late';

export interface MinutesClock {
  draft: ClockState;
  final: ClockState;
  draftDue?: number;
  finalDue?: number;
}

function judge(due: number | undefined, doneAt: number | undefined, now: number): ClockState {
  if (due === undefined) return 'not-started';
  if (doneAt !== undefined) return doneAt <= due ? 'done' : 'done-late';
  return now <= due ? 'open' : 'late';
}

export function minutesClock(
  closedAt: number | undefined,
  m: { draftAt?: number; sentAt?: number; finalAt?: number },
  now: number,
): MinutesClock {
  if (closedAt === undefined) return { draft: 'not-started', final: 'not-started' };
  const draftDue = closedAt + DRAFT_WITHIN_MS;
  const finalDue = closedAt + FINAL_WITHIN_MS;
  return {
    draft: judge(draftDue, m.draftAt ?? m.sentAt, now),
    final: judge(finalDue, m.finalAt, now),
    draftDue,
    finalDue,
  };
}
