import type { AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import { toAppError } from './toAppError';

/** The part of `Office.AsyncResult` we read; `status` is compared as a string so no enum object is needed. */
export interface AsyncResultLike<T> {
  status: unknown;
  value: T;
  error?: unknown;
}

export type Callback<T> = (result: AsyncResultLike<T>) => void;

/**
 * Runs one callback-style Office call as a Promise of Result. Hosts throw synchronously for bad
 * arguments and missing APIs (an older requirement set), so the call itself is guarded too.
 * A callback that never comes is the host's problem; callers that must answer in time race a timer.
 */
export function officeCall<T>(invoke: (callback: Callback<T>) => void): Promise<Result<T, AppError>> {
  return new Promise((resolve) => {
    try {
      invoke((r) => {
        if (r && String(r.status) === 'succeeded') resolve(ok(r.value));
        else resolve(err(toAppError(r ? r.error : undefined)));
      });
    } catch (e) {
      resolve(err(toAppError(e, 'unsupported')));
    }
  });
}

/**
 * Outlook on the web allows three async calls in flight per add-in; more fail. Every adapter call
 * goes through one of these.
 */
export function createLimiter(max = 3): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        running += 1;
        task().then(
          (v) => {
            next();
            resolve(v);
          },
          (e: unknown) => {
            next();
            reject(e instanceof Error ? e : new Error(String(e)));
          },
        );
      };
      if (running < max) start();
      else waiting.push(start);
    });
}
