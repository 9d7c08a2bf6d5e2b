import type { AppError } from '../../core/errors/AppError';
import type { OwnerAnswer } from '../../core/followup/followupActions';
import type { MeetingRecord, TrackedTask } from '../../core/followup/TrackedTask';
import type { Lang } from '../../core/model/Lang';
import type { Result } from '../../core/model/Result';
import type { ThemeName } from '../shared/PaneServices';

export interface FollowupData {
  tasks: TrackedTask[];
  meetings: MeetingRecord[];
  /** User id → display name, for owners. */
  people: Record<string, string>;
  /** The user's zone: due dates are judged in it. */
  zone: string;
  /** The signed-in user: their own items can be answered, declines of their meetings come back to them. */
  me: { id: string; email: string };
}

/** What the follow-up screens need from the outside world; the entry wires Graph (or fakes) behind it. */
export interface FollowupServices {
  lang: Lang;
  theme: ThemeName;
  now(): Date;
  load(): Promise<Result<FollowupData, AppError>>;
  remind(task: TrackedTask, ownerId: string): Promise<Result<void, AppError>>;
  /** The item the page was opened on (`?task=<id>`: the link in the owner's notification). */
  focusTaskId?: string;
  /** The tab a link asks for (`?view=mine|declined|standup|review|alerts`), from the service's notifications. */
  initialView?: string;
  answer(task: TrackedTask, answer: OwnerAnswer): Promise<Result<void, AppError>>;
  reassign(task: TrackedTask, toUserId: string): Promise<Result<void, AppError>>;
  drop(task: TrackedTask): Promise<Result<void, AppError>>;
  /** Offers a file to the user (a download in the browser). */
  save(fileName: string, text: string): void;
  describeError(error: AppError): string;
  /** Present when signing in could fix the error: opens at most one sign-in window (a user gesture). */
  signIn?(): Promise<Result<void, AppError>>;
  /** Label of the sign-in button. */
  signInLabel?: string;
}
