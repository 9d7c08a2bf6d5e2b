/**
 * An action item as the guide defines it: owner, content, acceptance standard, due date.
 * `key` is stable for the item's whole life (meeting app → outbox → Planner): the sync engine uses it
 * to recognise a task it already created.
 */
export interface ActionItem {
  key: string;
  /** The meeting (Graph event id, or a local id before the event is known). */
  meetingId: string;
  meetingTitle?: string;
  /** Join or event link, written into the task description. */
  meetingUrl?: string;
  owner: { email: string; name?: string };
  content: string;
  acceptance: string;
  /** Local date YYYY-MM-DD in the meeting's zone. */
  due: string;
  /** IANA zone the due date is meant in. */
  timeZone: string;
  checklist?: string[];
  /** ISO instant. */
  createdAt: string;
}
