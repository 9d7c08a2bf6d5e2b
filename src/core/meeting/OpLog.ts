import type { MeetingAction } from './MeetingAction';
import { initialRun, type MeetingRunState } from './MeetingRun';
import { meetingRunReducer } from './meetingRunReducer';

/**
 * The meeting run as an append-only log of actions keyed so that string order is time order.
 * Every client holds the same keys (a Fluid SharedMap, or memory), so every client replays the same
 * state, whoever joined late or reloaded. Appending in key order is O(1); a key that lands before the
 * last applied one (clock skew, a late op) triggers a full replay, which is cheap at meeting scale.
 */
export class OpLog {
  private readonly ops = new Map<string, MeetingAction>();
  private keys: string[] = [];
  private current: MeetingRunState;

  constructor(private readonly initial: MeetingRunState = initialRun()) {
    this.current = initial;
  }

  static key(at: number, client: string, seq: number): string {
    const t = Math.max(0, Math.floor(at)).toString(36).padStart(10, '0');
    return `${t}:${client}:${seq.toString(36).padStart(6, '0')}`;
  }

  get state(): MeetingRunState {
    return this.current;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Adds one op; returns false when the key was already known (the log is idempotent). */
  add(key: string, op: MeetingAction): boolean {
    if (this.ops.has(key) || !isAction(op)) return false;
    this.ops.set(key, op);
    const last = this.keys[this.keys.length - 1];
    if (last === undefined || key > last) {
      this.keys.push(key);
      this.current = meetingRunReducer(this.current, op);
    } else {
      this.keys.push(key);
      this.keys.sort();
      this.current = this.keys.reduce((s, k) => {
        const o = this.ops.get(k);
        return o ? meetingRunReducer(s, o) : s;
      }, this.initial);
    }
    return true;
  }

  entries(): Array<[string, MeetingAction]> {
    return this.keys.map((k) => [k, this.ops.get(k) as MeetingAction]);
  }
}

/** Ops come from other clients: accept only the shape every action shares. */
function isAction(o: unknown): o is MeetingAction {
  if (typeof o !== 'object' || o === null) return false;
  const r = o as Record<string, unknown>;
  return (
    typeof r.type === 'string' &&
    typeof r.at === 'number' &&
    Number.isFinite(r.at) &&
    typeof r.by === 'string'
  );
}
