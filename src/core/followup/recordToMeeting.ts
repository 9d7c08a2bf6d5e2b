import type { CalendarEvent, MeetingRecord as StoredRecord } from '../ports/CalendarPort';
import type { MeetingOutcomes } from '../meeting/MeetingOutcomes';
import type { MeetingRecord } from './TrackedTask';

/** A JSON object (not null, not an array): what a stored record's fields are checked with. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The outcomes inside what the meeting app stored on the event: the record itself or its `outcomes`. */
export function outcomesOf(record: StoredRecord | null): Partial<MeetingOutcomes> | null {
  if (!isObject(record)) return null;
  if (isObject(record.outcomes)) return record.outcomes as Partial<MeetingOutcomes>;
  return 'decisions' in record || 'goalMet' in record ? (record as Partial<MeetingOutcomes>) : null;
}

/**
 * A follow-up view of one meeting. The record is someone's JSON on an event: anything unexpected is
 * ignored field by field rather than trusted.
 */
export function recordToMeeting(event: CalendarEvent, startInstant: string, record: StoredRecord | null, inviteFindings?: number): MeetingRecord {
  const outcomes = outcomesOf(record);
  const meeting: MeetingRecord = { meetingId: event.id, subject: event.subject, start: startInstant };
  if (event.organizerEmail) meeting.organizerEmail = event.organizerEmail.toLowerCase();
  const verdict = outcomes?.goalMet?.verdict;
  if (verdict === 'yes' || verdict === 'partly' || verdict === 'no') {
    meeting.goalMet = verdict;
    if (typeof outcomes?.goalMet?.why === 'string' && outcomes.goalMet.why) meeting.goalWhy = outcomes.goalMet.why;
  }
  const fb = outcomes?.feedback;
  if (fb && [fb.timeSplit, fb.materials, fb.worth].every((n) => typeof n === 'number' && Number.isFinite(n))) {
    meeting.feedback = { timeSplit: fb.timeSplit, materials: fb.materials, worth: fb.worth };
  }
  if (inviteFindings !== undefined) meeting.inviteFindings = inviteFindings;
  return meeting;
}

/** Planner task id → meeting id, from the action items the meeting app linked to tasks. */
export function taskLinks(meetingId: string, record: StoredRecord | null): Record<string, string> {
  const links: Record<string, string> = {};
  const actions = outcomesOf(record)?.actions;
  if (Array.isArray(actions)) {
    for (const a of actions) if (isObject(a) && typeof a.taskId === 'string') links[a.taskId] = meetingId;
  }
  const extra = isObject(record) && isObject(record.links) ? record.links : {};
  for (const taskId of Object.values(extra)) if (typeof taskId === 'string') links[taskId] = meetingId;
  return links;
}

/** Owner e-mails named in the outcomes, to resolve assignee ids to names. */
export function ownerEmails(record: StoredRecord | null): string[] {
  const actions = outcomesOf(record)?.actions;
  if (!Array.isArray(actions)) return [];
  return actions.flatMap((a) => (isObject(a) && typeof a.owner === 'string' && a.owner.includes('@') ? [a.owner.toLowerCase()] : []));
}
