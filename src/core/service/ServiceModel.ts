import type { Lang } from '../model/Lang';
import type { Policy } from '../model/Policy';
import type { TrackedTask } from '../followup/TrackedTask';

/** A watched group member, with what their own messages need: their zone and language. */
export interface WatchedPerson {
  id: string;
  mail: string;
  displayName: string;
  /** IANA zone (the mailbox zone, resolved). */
  timeZone: string;
  lang: Lang;
  /** False when the Teams app is not installed for them: mail instead of the activity feed. */
  teams?: boolean;
}

/** What the meeting app stored on the event (`com.meetingguard.meeting`), as far as the service needs it. */
export interface ServiceRecord {
  closedAt?: string;
  minutesSentAt?: string;
  minutesFinalAt?: string;
  /** Planner task ids of the meeting's action items. */
  taskIds: string[];
}

export interface ServiceEvent {
  id: string;
  organizerId: string;
  changeKey: string;
  subject: string;
  /** UTC ISO instants. */
  start: string;
  end: string;
  lastModified: string;
  isCancelled: boolean;
  type: 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';
  seriesMasterId?: string;
  attendeeCount: number;
  /** The Graph event JSON, for readGraphEvents + evaluate (the same judgment as the pane). */
  raw: unknown;
  record?: ServiceRecord;
}

export interface ServiceTask extends TrackedTask {
  planId: string;
  /** Who created the task (the organizer, via the meeting app's sync): the escalation target. */
  createdById?: string;
  /** The current owner declined it (acceptance marker in the details, label category25). */
  declined?: { by: string; at: string; reason?: string };
}

/** The follow-up stage's numbers (the guide), on top of the org policy's working days. */
export interface ServicePolicy {
  /** Remind owners this many working days before the due date. */
  dueSoonWorkingDays: number;
  /** Escalate to the organizer after this many working days overdue. */
  escalateAfterWorkingDays: number;
  /** Local HH:MM of the "update your items" message. */
  dailyUpdateAt: string;
  /** Local HH:MM reminders and digests start. */
  morningAt: string;
  /** The pane / follow-up tab the messages link to. */
  appUrl: string;
  /** Claims held longer than this by a silent instance are taken over (crash before send). */
  leaseMs: number;
  /** The service mailbox mail fallbacks are sent from. */
  mailFromId: string;
  groupId: string;
}

export const DEFAULT_SERVICE_POLICY: Omit<ServicePolicy, 'mailFromId' | 'groupId'> = {
  dueSoonWorkingDays: 2,
  escalateAfterWorkingDays: 2,
  dailyUpdateAt: '17:00',
  morningAt: '09:00',
  appUrl: 'https://localhost:3000/followup.html',
  leaseMs: 10 * 60_000,
};

/** Everything one tick judges, read from Graph. */
export interface ServiceSnapshot {
  people: WatchedPerson[];
  /** Calendar events of the watched organizers (lookback window), with records. */
  events: ServiceEvent[];
  tasks: ServiceTask[];
}

/** What every job judges against: who is watched, the org policy, the follow-up numbers, the clock. */
export interface JobContext {
  people: ReadonlyMap<string, WatchedPerson>;
  policy: Policy;
  sp: ServicePolicy;
  now: Date;
}
