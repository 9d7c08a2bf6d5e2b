import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * At most `max` requests on the wire (Outlook allows 4 concurrent requests per app and mailbox).
 * It wraps each attempt, not the whole retry loop, so a request sleeping on Retry-After frees its slot.
 */
export class ConcurrencyLimiter implements Middleware {
  private next?: Middleware;
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly max: number) {
    if (!(max >= 1)) throw new Error('maxInFlight must be at least 1');
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  inFlight(): number {
    return this.active;
  }

  private async acquire(): Promise<void> {
    if (this.active < this.max) {
      this.active += 1;
      return;
    }
    // The releasing request hands its slot over directly, so `active` never dips and lets a newcomer jump the queue.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const nextWaiter = this.waiting.shift();
    if (nextWaiter) nextWaiter();
    else this.active -= 1;
  }

  async execute(ctx: Context): Promise<void> {
    if (!this.next) throw new Error('ConcurrencyLimiter needs a next middleware');
    await this.acquire();
    try {
      await this.next.execute(ctx);
    } finally {
      this.release();
    }
  }
}
