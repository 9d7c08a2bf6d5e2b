import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';

/** Sharing the meeting app to the Teams meeting stage, where every attendee sees (and can use) it. */
export interface StagePort {
  /** Teams lets organizers and presenters share; others are told so before they try. */
  canShare(): Promise<boolean>;
  isSharing(): Promise<boolean>;
  share(): Promise<Result<void, AppError>>;
  stop(): Promise<Result<void, AppError>>;
}
