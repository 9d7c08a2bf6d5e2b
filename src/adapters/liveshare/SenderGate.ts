import { untilKnown, type RetryOptions } from './hostRoles';

export interface SenderGateOptions extends RetryOptions {
  /** The sender's roles, or undefined while the host does not know its client id yet. */
  lookup: (clientId: string) => Promise<string[] | undefined>;
  mayControl: (roles: string[]) => boolean;
  apply: (key: string, op: unknown) => void;
  refuse: (key: string, op: unknown) => void;
  /** Ops kept per unknown sender; beyond it the newest are refused (a flood from an id that never registers). */
  maxQueued?: number;
}

/**
 * Lets a control op through once its sender's meeting role allows it. An op whose sender the host does
 * not know yet waits (in arrival order) instead of being dropped: it is applied when the roles arrive,
 * refused if they do not allow it, and kept while they are still unknown, to be asked about again on
 * the sender's next op or recheck() (the audience changed).
 */
export class SenderGate {
  private readonly allowed = new Set<string>();
  private readonly queued = new Map<string, Array<[string, unknown]>>();
  private readonly asking = new Set<string>();
  private closed = false;

  constructor(private readonly o: SenderGateOptions) {}

  offer(sender: string | null, key: string, op: unknown): void {
    if (!sender) return this.o.refuse(key, op);
    if (this.allowed.has(sender)) return this.o.apply(key, op);
    const queue = this.queued.get(sender) ?? [];
    if (queue.length >= (this.o.maxQueued ?? 1000)) return this.o.refuse(key, op);
    queue.push([key, op]);
    this.queued.set(sender, queue);
    void this.check(sender);
  }

  /** Asks again about every sender whose ops still wait. */
  recheck(): void {
    for (const sender of this.queued.keys()) void this.check(sender);
  }

  /** Senders whose ops wait for their roles (logs, tests). */
  waiting(): number {
    let n = 0;
    for (const q of this.queued.values()) n += q.length;
    return n;
  }

  close(): void {
    this.closed = true;
    this.queued.clear();
  }

  private async check(sender: string): Promise<void> {
    if (this.asking.has(sender)) return;
    this.asking.add(sender);
    try {
      const roles = await untilKnown(() => this.o.lookup(sender), this.o);
      if (roles === undefined || this.closed) return;
      // Only a yes is remembered: an attendee made presenter mid-meeting is asked about again.
      const yes = this.o.mayControl(roles);
      if (yes) this.allowed.add(sender);
      const ops = this.queued.get(sender) ?? [];
      this.queued.delete(sender);
      for (const [key, op] of ops) {
        if (yes) this.o.apply(key, op);
        else this.o.refuse(key, op);
      }
    } finally {
      this.asking.delete(sender);
    }
  }
}
