import type { MeetingAction } from '../../core/meeting/MeetingAction';
import type { LiveStatePort } from '../../core/ports/LiveStatePort';
import { LogBackedState } from '../liveshare/LogBackedState';

/** Where a single-user run keeps its ops so a reload loses nothing (localStorage in the browser, memory in tests). */
export interface OpStore {
  load(): Array<[string, MeetingAction]>;
  save(ops: Array<[string, MeetingAction]>): void;
}

export function memoryOpStore(): OpStore {
  let ops: Array<[string, MeetingAction]> = [];
  return { load: () => ops, save: (o) => (ops = o) };
}

/** localStorage-backed store; bad or foreign data reads as an empty log rather than a crash. */
export function browserOpStore(storage: Pick<Storage, 'getItem' | 'setItem'>, key: string): OpStore {
  return {
    load: () => {
      try {
        const v: unknown = JSON.parse(storage.getItem(key) ?? '[]');
        return Array.isArray(v)
          ? (v.filter((e) => Array.isArray(e) && typeof e[0] === 'string') as Array<[string, MeetingAction]>)
          : [];
      } catch {
        return [];
      }
    },
    save: (ops) => {
      try {
        storage.setItem(key, JSON.stringify(ops));
      } catch {
        // Storage full or denied: the run still works for this session.
      }
    },
  };
}

/** The meeting run with no Live Share host: this device only, everyone may control the clock. */
export function createFakeLiveState(opts: {
  me: string;
  now?: () => number;
  store?: OpStore;
  canControl?: boolean;
}): LiveStatePort {
  const store = opts.store ?? memoryOpStore();
  const state: LogBackedState = new LogBackedState({
    mode: 'single-user',
    me: opts.me,
    clientTag: `l${Math.random().toString(36).slice(2, 8)}`,
    now: opts.now ?? (() => Date.now()),
    canControl: () => opts.canControl ?? true,
    publish: () => store.save(state.entries()),
  });
  for (const [k, op] of store.load()) state.receive(k, op);
  return state;
}
