import type { GoalVerdict, MeetingRunState } from './MeetingRun';

/**
 * What the meeting produced, stored as `outcomes` in the app's one open extension on the event
 * (CalendarPort.writeRecord) for follow-up and the quarterly review.
 */
export interface MeetingOutcomes {
  version: 1;
  goal: string;
  goalMet?: { verdict: GoalVerdict; why: string };
  decisions: string[];
  actions: Array<{
    key: string;
    content: string;
    owner: string;
    acceptance: string;
    due: string;
    taskId?: string;
  }>;
  parkingLot: string[];
  /** Average 1–5 scores of the feedback pulse and how many answered. */
  feedback?: { timeSplit: number; materials: number; worth: number; answers: number };
  attendance: string[];
  /** ISO instants. */
  closedAt?: string;
  minutesSentAt?: string;
  minutesFinalAt?: string;
}

const iso = (ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : new Date(ms).toISOString();
const avg = (xs: number[]): number => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

export function toOutcomes(
  s: MeetingRunState,
  meetingId: string,
  taskIds: Record<string, string> = {},
): MeetingOutcomes {
  const fb = Object.values(s.feedback);
  const o: MeetingOutcomes = {
    version: 1,
    goal: s.goal,
    decisions: s.decisions.map((d) => d.text),
    actions: s.actions
      .filter((a) => a.content.trim())
      .map((a) => {
        const key = `${meetingId}:${a.id}`;
        const taskId = taskIds[key];
        return {
          key,
          content: a.content.trim(),
          owner: a.owner?.email ?? a.owner?.id ?? '',
          acceptance: a.acceptance.trim(),
          due: a.due,
          ...(taskId ? { taskId } : {}),
        };
      }),
    parkingLot: s.parkingLot.map((p) => p.text),
    attendance: Object.values(s.attendance).map((p) => p.email ?? p.id),
  };
  if (s.goalMet) o.goalMet = { verdict: s.goalMet.verdict, why: s.goalMet.why };
  if (fb.length)
    o.feedback = {
      timeSplit: avg(fb.map((f) => f.timeSplit)),
      materials: avg(fb.map((f) => f.materials)),
      worth: avg(fb.map((f) => f.worth)),
      answers: fb.length,
    };
  const closedAt = iso(s.closedAt);
  const sent = iso(s.minutes.sentAt);
  const fin = iso(s.minutes.finalAt);
  if (closedAt) o.closedAt = closedAt;
  if (sent) o.minutesSentAt = sent;
  if (fin) o.minutesFinalAt = fin;
  return o;
}
