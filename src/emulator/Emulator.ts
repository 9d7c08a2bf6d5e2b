import type { EmulatorStore } from './EmulatorStore';
import type { FaultRule } from './FaultRule';

export interface RequestLogEntry {
  /** Epoch milliseconds when the request was received. */
  at: number;
  method: string;
  /** Graph path without `/v1.0` and without the query string. */
  path: string;
  /** Route pattern, e.g. `/planner/tasks/{id}`; `unmatched` when no route applies. */
  route: string;
  status: number;
  /** The fault that fired, if any. */
  fault?: string;
  /** Set for requests that came inside a `$batch`: the request id of the enclosing `$batch` call. */
  batchId?: string;
  /** Set for requests that came inside a `$batch`: the inner request id. */
  batchItemId?: string;
  user?: string;
}

export interface EmulatorStats {
  /** HTTP requests to `/v1.0` (a `$batch` counts once; `/_emu` calls are not counted). */
  requests: number;
  /** Per `METHOD route` key, inner `$batch` requests included. */
  byRoute: Record<string, number>;
  /** Highest number of `/v1.0` HTTP requests in flight at the same time. */
  maxInFlight: number;
  /** `/v1.0` HTTP requests in flight right now. */
  inFlight: number;
  log: RequestLogEntry[];
}

export interface EmulatorOptions {
  /** 0 = a random free port (default). */
  port?: number;
  host?: string;
  /** Persist the state as JSON in this file (atomic, debounced); absent = in-memory only. */
  dataFile?: string;
  /** Load the sample tenant when there is no data file yet (default true). */
  seed?: boolean;
  faults?: FaultRule[];
  /** Latency added to every `/v1.0` request. */
  latencyMs?: number;
  /** The clock the seed is built around (default: now). Pass one in tests for stable dates. */
  now?: Date;
  /** Debounce for writes to `dataFile` (default 50 ms). */
  persistDebounceMs?: number;
  /**
   * Outlook's per-mailbox concurrency limit: with more than this many calendar, mail or To Do requests of
   * one user in flight, the extra ones get 429 `ApplicationThrottled` (MailboxConcurrency). Absent = no limit.
   */
  mailboxConcurrency?: number;
  /** Log every request to stdout (main.ts turns it on with `--verbose`). */
  verbose?: boolean;
}

export interface Emulator {
  /** e.g. `http://127.0.0.1:4000`; the Graph base is `${url}/v1.0`. */
  url: string;
  close(): Promise<void>;
  setFaults(rules: FaultRule[]): void;
  setLatency(ms: number): void;
  stats(): EmulatorStats;
  resetStats(): void;
  /** Current fault rules (spent `times` counts included). */
  faults(): FaultRule[];
  /** Waits until pending writes to `dataFile` are on disk. */
  flush(): Promise<void>;
  store: EmulatorStore;
}
