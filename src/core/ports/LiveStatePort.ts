import type { AppError } from '../errors/AppError';
import type { MeetingActionBody } from '../meeting/MeetingAction';
import type { MeetingRunState } from '../meeting/MeetingRun';
import type { Result } from '../model/Result';

/** `live`: shared with everyone in the meeting (Live Share); `single-user`: this device only. */
export type LiveMode = 'live' | 'single-user';

/** The shared meeting run, as the UI sees it. */
export interface LiveStatePort {
  readonly mode: LiveMode;
  /** The local person's id (e-mail when known). */
  readonly me: string;
  state(): MeetingRunState;
  /**
   * The meeting's shared clock (epoch ms): Live Share's host-synchronised timestamp when live, the
   * device clock otherwise. Timers compare it with the times stamped on actions, so a device whose own
   * clock is off still shows the same timer as everyone else.
   */
  now(): number;
  subscribe(listener: (state: MeetingRunState) => void): () => void;
  /** Organizer and presenters move the clock and the phase; everyone may take notes. */
  canControl(): boolean;
  /** Stamps the action with the sender and the time, and shares it. `forbidden` for a control action without the role. */
  dispatch(action: MeetingActionBody): Result<void, AppError>;
  dispose(): void;
}
