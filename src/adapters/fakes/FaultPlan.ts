import type { AppError } from '../../core/errors/AppError';

/**
 * Faults the fakes can inject, modelled on what Graph does to a client (reliability.md §2.1):
 * "-before" faults happen before the server commits anything, "-after" ones after it committed
 * (the write happened, the caller still sees an error: the ambiguous case).
 */
export type Fault =
  | { kind: 'throttle'; retryAfterMs?: number }
  | { kind: 'throttle-after'; retryAfterMs?: number }
  | { kind: 'server' }
  | { kind: 'timeout-after' }
  | { kind: 'drop-before' }
  | { kind: 'drop-after' }
  | { kind: 'precondition' }
  | { kind: 'external-edit' }
  | { kind: 'storage-fail' }
  | { kind: 'unauthorized' }
  | { kind: 'crash-before' }
  | { kind: 'crash-after' };

export interface FaultOp {
  service: 'planner' | 'directory' | 'todo' | 'outbox' | 'service';
  method: string;
  /** Sequence number of this operation in its fake (batch sub-requests count one each). */
  seq: number;
}

export type FaultInjector = (op: FaultOp) => Fault | undefined;

/**
 * Thrown (not returned) by a fake to simulate the process dying at that point: the test drops the
 * engine and builds a new one over the same outbox and server state.
 */
export class CrashError extends Error {
  constructor(readonly op: FaultOp, readonly after: boolean) {
    super(`simulated crash ${after ? 'after' : 'before'} ${op.service}.${op.method}#${op.seq}`);
    this.name = 'CrashError';
  }
}

export const isCrash = (e: unknown): e is CrashError => e instanceof CrashError;

/** Faults in call order across every fake sharing this injector; undefined entries are clean calls. */
export function faultSequence(faults: readonly (Fault | undefined)[]): FaultInjector & { consumed(): number } {
  let i = 0;
  const next = ((_op: FaultOp) => faults[i++]) as FaultInjector & { consumed(): number };
  next.consumed = () => i;
  return next;
}

/** Crash at the k-th operation (0-based, counted across every fake sharing the injector). */
export function crashAt(k: number, phase: 'before' | 'after'): FaultInjector {
  let seen = 0;
  return () => (seen++ === k ? { kind: phase === 'before' ? 'crash-before' : 'crash-after' } : undefined);
}

/** The error a "-before"/"-after" fault turns into (undefined: not an error-producing fault). */
export function faultError(fault: Fault, phase: 'before' | 'after'): AppError | undefined {
  if (phase === 'before') {
    if (fault.kind === 'throttle') return { kind: 'throttled', code: 429, ...(fault.retryAfterMs === undefined ? {} : { retryAfterMs: fault.retryAfterMs }) };
    if (fault.kind === 'server') return { kind: 'server', code: 503 };
    if (fault.kind === 'drop-before') return { kind: 'offline', detail: 'connection dropped before the request arrived' };
    if (fault.kind === 'storage-fail') return { kind: 'unknown', code: 'QuotaExceededError' };
    if (fault.kind === 'unauthorized') return { kind: 'unauthorized', code: 401 };
    return undefined;
  }
  if (fault.kind === 'timeout-after') return { kind: 'timeout', code: 504 };
  if (fault.kind === 'drop-after') return { kind: 'offline', detail: 'connection dropped after the server committed' };
  if (fault.kind === 'throttle-after') return { kind: 'throttled', code: 429, ...(fault.retryAfterMs === undefined ? {} : { retryAfterMs: fault.retryAfterMs }) };
  return undefined;
}

/**
 * Runs one fake operation under a fault: crash/err before, commit, crash/err after. `apply` is the
 * server-side effect and its answer. Shared by every fake so they fail the same way.
 */
export function runWithFault<T>(
  fault: Fault | undefined,
  op: FaultOp,
  apply: () => { ok: true; value: T } | { ok: false; error: AppError },
): { ok: true; value: T } | { ok: false; error: AppError } {
  if (fault?.kind === 'crash-before') throw new CrashError(op, false);
  const early = fault && faultError(fault, 'before');
  if (early) return { ok: false, error: early };
  const result = apply();
  if (fault?.kind === 'crash-after') throw new CrashError(op, true);
  const late = fault && faultError(fault, 'after');
  if (late) return { ok: false, error: late };
  return result;
}
