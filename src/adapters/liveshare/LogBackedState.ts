import { appError, type AppError } from '../../core/errors/AppError';
import {
  isControlAction,
  type MeetingAction,
  type MeetingActionBody,
} from '../../core/meeting/MeetingAction';
import type { MeetingRunState } from '../../core/meeting/MeetingRun';
import { OpLog } from '../../core/meeting/OpLog';
import { err, ok, type Result } from '../../core/model/Result';
import type { LiveMode, LiveStatePort } from '../../core/ports/LiveStatePort';

export interface LogBackedOptions {
  mode: LiveMode;
  me: string;
  /** Distinguishes this client's keys from others' sent in the same millisecond. */
  clientTag: string;
  now: () => number;
  canControl: () => boolean;
  /** Shares a new op (SharedMap.set, localStorage…); the op is applied locally right away. */
  publish: (key: string, op: MeetingAction) => void;
  onDispose?: () => void;
}

/** A LiveStatePort over an OpLog: the single-user fake and the Live Share adapter differ only in `publish`. */
export class LogBackedState implements LiveStatePort {
  readonly mode: LiveMode;
  readonly me: string;
  private readonly log = new OpLog();
  private readonly listeners = new Set<(s: MeetingRunState) => void>();
  private seq = 0;
  private disposed = false;

  constructor(private readonly o: LogBackedOptions) {
    this.mode = o.mode;
    this.me = o.me;
  }

  state(): MeetingRunState {
    return this.log.state;
  }

  now(): number {
    return this.o.now();
  }

  subscribe(listener: (s: MeetingRunState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  canControl(): boolean {
    return this.o.canControl();
  }

  dispatch(body: MeetingActionBody): Result<void, AppError> {
    if (this.disposed) return err(appError('unknown', 'disposed'));
    if (isControlAction(body) && !this.o.canControl())
      return err(appError('forbidden', `${body.type} needs organizer or presenter`));
    const op = { ...body, at: this.o.now(), by: this.me } as MeetingAction;
    const key = OpLog.key(op.at, this.o.clientTag, this.seq++);
    this.receive(key, op);
    try {
      this.o.publish(key, op);
    } catch (e) {
      return err(appError('unknown', e instanceof Error ? e.message : String(e)));
    }
    return ok(undefined);
  }

  /** An op from anywhere (local, remote, initial load). */
  receive(key: string, op: unknown): void {
    if (this.log.add(key, op as MeetingAction)) for (const l of this.listeners) l(this.log.state);
  }

  /** Tells subscribers to look again (roles changed, connection changed) without a new op. */
  notify(): void {
    for (const l of this.listeners) l(this.log.state);
  }

  entries(): Array<[string, MeetingAction]> {
    return this.log.entries();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.listeners.clear();
    this.o.onDispose?.();
  }
}
