import type { AcceptanceView } from './acceptance';

/**
 * A follow-up task as the tracker sees it: a Planner task (or a To Do task in the fallback) with the
 * fields that decide whether it is late. Structurally compatible with PlannerTask plus completion.
 */
export interface TrackedTask {
  id: string;
  title: string;
  /** UTC ISO instant; Planner stores "end of the due day" in the meeting's zone. */
  dueDateTime?: string;
  percentComplete: number;
  /** UTC ISO instant, when Planner reports it (percentComplete 100). */
  completedDateTime?: string;
  assigneeIds: string[];
  /** The meeting the task came from, when known (bucket per meeting / extension link). */
  meetingId?: string;
  /** The task ETag, for answers, reassigning and dropping (If-Match). */
  etag?: string;
  /** The owner's answer, when known: always for my own tasks, for others' only once declined. */
  acceptance?: AcceptanceView;
}

export type TaskState = 'done' | 'overdue' | 'due-soon' | 'open' | 'no-due';

/** A meeting and what happened in it, as stored on the event's open extension. */
export interface MeetingRecord {
  meetingId: string;
  subject: string;
  /** UTC ISO instant of the start. */
  start: string;
  /** Lower-cased organizer address: declines go back to them. */
  organizerEmail?: string;
  goalMet?: 'yes' | 'partly' | 'no';
  goalWhy?: string;
  /** Warn + block findings of the invite when it was sent (invite quality). */
  inviteFindings?: number;
  /** 1–5 averages of the feedback pulse, when given. */
  feedback?: { timeSplit: number; materials: number; worth: number };
}
