import type { AppError } from '../errors/AppError';
import type { ActionItem } from '../model/ActionItem';
import type { Lang } from '../model/Lang';
import type { DirectoryPort } from '../ports/DirectoryPort';
import type { OutboxStore } from '../ports/OutboxStore';
import type { PlannerPort } from '../ports/PlannerPort';
import type { TodoPort } from '../ports/TodoPort';
import type { Result } from '../model/Result';
import type { OutboxState, SyncTarget } from './OutboxEntry';

/** Wall clock in epoch ms. Core has no timers: time and waiting come in through these two. */
export interface SyncClock {
  now(): number;
}
export type Sleep = (ms: number) => Promise<void>;

export interface SyncPolicy {
  /** Transient failures of one item before it is marked failed (retry(key) starts over). */
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Upper bound applied to a server's Retry-After (garbage or hostile values must not park us forever). */
  maxRetryAfterMs: number;
  /**
   * How long after an unanswered create a "not found" listing is still not trusted (Planner lists may
   * lag behind a write). Before re-sending, the engine waits until this has passed and lists again.
   */
  reconcileGraceMs: number;
}

export const DEFAULT_POLICY: SyncPolicy = {
  maxAttempts: 6,
  baseBackoffMs: 1_000,
  maxBackoffMs: 60_000,
  maxRetryAfterMs: 300_000,
  reconcileGraceMs: 5_000,
};

export interface SyncDeps {
  planner: PlannerPort;
  directory: DirectoryPort;
  todo: TodoPort;
  outbox: OutboxStore;
  clock: SyncClock;
  sleep: Sleep;
  /** Language of the text written into tasks. */
  lang?: Lang;
  /** [0,1) source for backoff jitter; seeded in tests. */
  random?: () => number;
  policy?: Partial<SyncPolicy>;
  /**
   * Single writer across tabs/panes (reliability.md F18): runs `work` while holding an exclusive lock,
   * e.g. `(work) => navigator.locks.request('meeting-guard-outbox', work)`. Each run re-reads the
   * outbox inside the lock, so a second pane sees what the first one already sent. Without it, two
   * engines over one outbox may both create the same item.
   */
  lock?: <T>(work: () => Promise<T>) => Promise<T>;
}

export interface ItemStatus {
  key: string;
  meetingId: string;
  content: string;
  /** Owner's display name, else e-mail (for "went to {name}'s To Do"). */
  owner: string;
  state: OutboxState;
  destination?: 'planner' | 'todo';
  taskId?: string;
  attempts: number;
  lastError?: AppError;
  /** Set when the item went to To Do instead of Planner, with why. */
  fallbackReason?: AppError;
  /** Epoch ms of the next attempt, while waiting for a Retry-After or backoff. */
  nextAttemptAt?: number;
}

export interface SyncProgress {
  total: number;
  synced: number;
  /** failed + needs-attention. */
  failed: number;
  needsAttention: number;
  inFlight: number;
  queued: number;
  items: ItemStatus[];
  /** Why the whole queue is paused (sign-in needed, local storage failing). */
  blockedBy?: AppError;
}

export interface SyncReport extends SyncProgress {
  /** Port calls made by this run (a `$batch` counts once). */
  roundTrips: number;
}

/** Item → task id, for the open extension on the meeting's event. */
export interface TaskLink {
  key: string;
  taskId: string;
  kind: 'planner' | 'todo';
  planId?: string;
  bucketId?: string;
  listId?: string;
}

/** What edit(key, …) may change. The key never changes: it is the item's identity. */
export type ItemEdit = Partial<Pick<ActionItem, 'owner' | 'content' | 'acceptance' | 'due' | 'timeZone' | 'checklist' | 'meetingTitle' | 'meetingUrl'>>;

export interface EnqueueResult {
  added: string[];
  /** Keys already in the outbox (re-reading the same meeting does not enqueue twice). */
  skipped: string[];
}

export interface SyncEngine {
  /** Loads the persisted outbox (call once at start; the other async calls do it too). */
  load(): Promise<Result<SyncProgress, AppError>>;
  enqueue(items: readonly ActionItem[], target: SyncTarget): Promise<Result<EnqueueResult, AppError>>;
  /** Works the outbox until every item is synced, failed or needs attention (or the queue is blocked). */
  run(): Promise<SyncReport>;
  retry(key: string): Promise<Result<void, AppError>>;
  edit(key: string, patch: ItemEdit): Promise<Result<void, AppError>>;
  status(): SyncProgress;
  subscribe(listener: (progress: SyncProgress) => void): () => void;
  linksFor(meetingId: string): TaskLink[];
}
