import type { Acceptance } from '../followup/acceptance';
import type { CalendarEvent, MeetingRecord } from './CalendarPort';
import type { PlannerTask, PortResult } from './PlannerPort';

/** A Planner task as the follow-up tab lists it: the task plus whether it wears the "declined" label. */
export interface FollowupTaskRow extends PlannerTask {
  declinedLabel: boolean;
  /** The task's details description, when the listing carried it (my own tasks). */
  description?: string;
}

export interface FollowupMeeting {
  event: CalendarEvent;
  record: MeetingRecord | null;
}

export interface FollowupMe {
  id: string;
  email: string;
  displayName?: string;
}

/**
 * Bulk reads and owner answers for the follow-up tab. Reads never cost one request per meeting or per
 * task: the Graph adapter lists plans' tasks with `$batch` (≤ 20 plans per round trip, then their
 * `@odata.nextLink` pages batched the same way), meetings with `calendarView/delta` (a refresh costs only
 * what changed) and their records with `$batch`. Writes are ETag-guarded (If-Match); a 412 is returned
 * as `precondition-failed` for the caller to reload.
 */
export interface FollowupPort {
  me(): PortResult<FollowupMe>;
  /** Every task of every plan the user sees; a plan the user may not read is skipped. */
  listPlanTasks(): PortResult<FollowupTaskRow[]>;
  /** Tasks assigned to the user, with their descriptions (the acceptance marker). */
  listMyTasks(): PortResult<FollowupTaskRow[]>;
  /** Occurrences in [start, end) with what Meeting Guard stored on each. */
  listMeetings(range: { start: string; end: string }): PortResult<FollowupMeeting[]>;
  /** Task id → details description, for the tasks asked (batched). Unreadable tasks are left out. */
  readDescriptions(taskIds: readonly string[]): PortResult<Record<string, string>>;
  /** Records the owner's answer on the task: the declined label under the task ETag, then the details marker. */
  answer(task: Pick<PlannerTask, 'id' | 'etag'>, answer: Acceptance): PortResult<void>;
  /** Gives the task to someone else (assignments from → to) and clears the declined label. */
  reassign(task: Pick<PlannerTask, 'id' | 'etag' | 'assigneeIds'>, toUserId: string): PortResult<void>;
  /** Deletes the task (the organizer drops a declined item). */
  drop(task: Pick<PlannerTask, 'id' | 'etag'>): PortResult<void>;
}
