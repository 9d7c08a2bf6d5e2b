import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** One deadline per attempt. A caller's own signal still cancels; our deadline aborts with a TimeoutError. */
export class TimeoutMiddleware implements Middleware {
  private next?: Middleware;
  constructor(private readonly timeoutMs: number) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(ctx: Context): Promise<void> {
    if (!this.next) throw new Error('TimeoutMiddleware needs a next middleware');
    ctx.options = ctx.options ?? {};
    const outer = ctx.options.signal ?? undefined;
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort(outer?.reason);
    if (outer?.aborted) controller.abort(outer.reason);
    else outer?.addEventListener('abort', onOuterAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${this.timeoutMs} ms`, 'TimeoutError')), this.timeoutMs);
    ctx.options.signal = controller.signal;
    try {
      await this.next.execute(ctx);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
      ctx.options.signal = outer ?? null;
    }
  }
}
