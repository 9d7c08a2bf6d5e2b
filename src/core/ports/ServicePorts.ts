import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';
import type { ClaimDoc, ClaimScope } from '../service/ServiceIntent';
import type { ServiceEvent, ServiceTask, WatchedPerson } from '../service/ServiceModel';

export type ServiceResult<T> = Promise<Result<T, AppError>>;

/** The people the service watches: members of one configured group (GET /groups/{id}/members). */
export interface MembersPort {
  listMembers(groupId: string): ServiceResult<WatchedPerson[]>;
}

export interface DeltaRequest {
  userId: string;
  /** The deltaLink of the previous round; absent = an initial round over `window`. */
  token?: string;
  window: { start: string; end: string };
}

export interface DeltaPage {
  userId: string;
  /** New or changed events since the token (removed ones are left out). */
  events: ServiceEvent[];
  /** The deltaLink to resume from next round. */
  token: string;
}

/**
 * The organizers' calendars, app-only. `delta` runs one round for many mailboxes in as few round trips as
 * it can (`$batch` of 20 `calendarView/delta` requests, then only the mailboxes with a nextLink); one
 * Result per request, in input order. A failed mailbox keeps its old token and is retried next round.
 */
export interface CalendarWatchPort {
  delta(requests: readonly DeltaRequest[]): Promise<Result<DeltaPage, AppError>[]>;
  /**
   * Events of each mailbox in a window, each with what the meeting app stored on it (minutes, task links);
   * one Result per user, in input order (`$batch` of 20 `calendarView` requests).
   */
  calendarViews(
    userIds: readonly string[],
    window: { start: string; end: string },
  ): Promise<Result<ServiceEvent[], AppError>[]>;
}

/** Action items of the group's plans (app-only `Tasks.ReadWrite.All`). */
export interface TaskWatchPort {
  listTasks(groupId: string): ServiceResult<ServiceTask[]>;
}

export interface ActivityNote {
  /** The intent key, for logs and tests; not part of the Graph request. */
  key: string;
  recipientId: string;
  /** Declared under `activities.activityTypes` in the manifest. */
  activityType: string;
  previewText: string;
  /** Teams deep link to the pane; the feed item opens it. */
  webUrl: string;
  templateParameters: Record<string, string>;
  /**
   * Graph `chainId`: a resend with the same chainId replaces the earlier feed item instead of adding one,
   * which makes a resend after an ambiguous outcome (504 after commit, dropped connection) harmless.
   */
  chainId: number;
}

export interface ServiceMail {
  fromId: string;
  toAddress: string;
  subject: string;
  text: string;
  /** Stored on the sent message as a single-value extended property, so a resend can look it up first. */
  intentKey: string;
}

export interface NotifierPort {
  /** POST /users/{id}/teamwork/sendActivityNotification. forbidden / not-found = the app is not installed for them. */
  sendActivity(note: ActivityNote): ServiceResult<void>;
  /** POST /users/{from}/sendMail with saveToSentItems. */
  sendMail(mail: ServiceMail): ServiceResult<void>;
  /** Whether a mail with this intent key is already in the sender's Sent Items. */
  mailSent(fromId: string, intentKey: string): ServiceResult<boolean>;
}

/**
 * Claims live in Graph, next to what they are about (an open extension on the organizer's event, or on the
 * recipient's user object). `write` is guarded: with `etag` it is If-Match (412 / precondition-failed when
 * someone wrote in between), with `etag: null` it creates and fails with conflict when the document exists.
 */
export interface ClaimStorePort {
  read(scope: ClaimScope): ServiceResult<ClaimDoc>;
  write(scope: ClaimScope, claims: ClaimDoc['claims'], etag: string | null): ServiceResult<{ etag: string }>;
}

export interface ServicePorts {
  members: MembersPort;
  calendar: CalendarWatchPort;
  tasks: TaskWatchPort;
  notifier: NotifierPort;
  claims: ClaimStorePort;
}
