import type { FakeAppointment, FakeInfoBar } from './FakeAppointment';

export interface FakeError {
  name: string;
  message: string;
  code: number;
}

export type FakeHandler = (args: Record<string, unknown>) => void;

export interface FakeKernelOptions {
  /** Calls in flight beyond this fail like Outlook on the web does (3 there). 0 = unlimited. */
  maxConcurrent?: number;
}

/**
 * The shared engine behind every realm's view of the fake item: state, queued callbacks, failure
 * injection, the in-flight limit, item events and change subscribers.
 */
export class FakeKernel {
  state: FakeAppointment;
  infoBars = new Map<string, FakeInfoBar>();
  readonly handlers = new Map<string, Set<FakeHandler>>();
  private failures = new Map<string, FakeError | 'hang'>();
  private inFlight = 0;
  /** Highest number of calls in flight seen so far: tests assert the adapter's limiter. */
  peakInFlight = 0;
  readonly calls: string[] = [];
  private subscribers = new Set<() => void>();

  constructor(
    initial: FakeAppointment,
    private readonly options: FakeKernelOptions = {},
  ) {
    this.state = initial;
  }

  /** Makes `call` (e.g. "body.getAsync", or only "body.getAsync:html") fail with `error`, never answer ('hang'), or work again (null). */
  setFailure(call: string, error: FakeError | 'hang' | null): void {
    if (error === null) this.failures.delete(call);
    else this.failures.set(call, error);
  }

  subscribe(listener: () => void): () => void {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  notify(): void {
    for (const s of [...this.subscribers]) s();
  }

  emit(type: string, args: Record<string, unknown>): void {
    for (const h of [...(this.handlers.get(type) ?? [])]) {
      queueMicrotask(() => h({ type, ...args }));
    }
  }

  /**
   * Runs one async Office call: the trailing function argument is the callback, an object before it
   * may carry `asyncContext`. The callback always comes later (a microtask), as in Office.
   */
  call(name: string, args: unknown[], compute: () => unknown): void {
    this.calls.push(name);
    const callback =
      typeof args[args.length - 1] === 'function'
        ? (args[args.length - 1] as (r: unknown) => void)
        : undefined;
    const maybeOptions = callback ? args[args.length - 2] : args[args.length - 1];
    const asyncContext =
      maybeOptions && typeof maybeOptions === 'object' && 'asyncContext' in maybeOptions
        ? (maybeOptions as { asyncContext: unknown }).asyncContext
        : undefined;
    const failure = this.failures.get(name) ?? this.failures.get(name.split(':')[0] ?? name);
    if (failure === 'hang') return;
    this.inFlight += 1;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    const overLimit =
      (this.options.maxConcurrent ?? 3) > 0 && this.inFlight > (this.options.maxConcurrent ?? 3);
    queueMicrotask(() => {
      this.inFlight -= 1;
      let result: unknown;
      const fail = (e: FakeError) => ({
        status: 'failed',
        value: undefined,
        error: e,
        asyncContext,
        diagnostics: {},
      });
      if (overLimit)
        result = fail({ name: 'TooManyRequests', message: 'More than 3 async calls in flight', code: 9030 });
      else if (failure) result = fail(failure);
      else {
        try {
          result = { status: 'succeeded', value: compute(), asyncContext, diagnostics: {} };
        } catch (e) {
          result = fail(isFakeError(e) ? e : { name: 'InternalError', message: String(e), code: 5001 });
        }
      }
      callback?.(result);
    });
  }
}

export function isFakeError(e: unknown): e is FakeError {
  return typeof e === 'object' && e !== null && 'name' in e && 'code' in e && 'message' in e;
}

export const fakeError = (name: string, message: string, code: number): FakeError => ({
  name,
  message,
  code,
});
