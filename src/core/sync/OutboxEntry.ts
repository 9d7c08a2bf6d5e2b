import type { AppError } from '../errors/AppError';
import type { ActionItem } from '../model/ActionItem';
import type { TodoList } from '../ports/TodoPort';

/**
 * queued          nothing sent yet (or a retry was requested)
 * creating        a create may have reached the server: reconcile (list the bucket) before re-sending
 * created         task id known, details not written yet
 * details         details being written (idempotent by construction, safe to redo)
 * synced          done
 * failed          transient errors exhausted the attempt budget; retry(key) re-queues it
 * needs-attention the user must act (unknown owner, Planner limit, no access and no fallback); edit(key) fixes it
 */
export type OutboxState = 'queued' | 'creating' | 'created' | 'details' | 'synced' | 'failed' | 'needs-attention';

export interface SyncTarget {
  meetingId: string;
  /** The meeting group's plan, when known. */
  planId?: string;
  /** The Microsoft 365 group behind the meeting (used to find its plan when planId is absent). */
  groupId?: string;
  /** One bucket per meeting or series, created if missing. */
  bucketName: string;
}

export type Destination =
  | { kind: 'planner'; planId: string; bucketId: string }
  | { kind: 'todo'; list: TodoList };

export interface OutboxEntry {
  key: string;
  item: ActionItem;
  target: SyncTarget;
  state: OutboxState;
  /** Directory id of the owner, once resolved. */
  assigneeId?: string;
  destination?: Destination;
  /** Why we wrote to To Do instead of Planner (shown in the item status). */
  fallbackReason?: AppError;
  taskId?: string;
  /**
   * True from the moment a create was first handed to a port. It stays true through failed/retry so
   * that no later create for this key is ever sent without reconciling first.
   */
  createSent?: boolean;
  /** Epoch ms of the latest create handed to a port (reconciliation's replication-lag window). */
  createSentAt?: number;
  /** Transient failures since the last success or user retry. */
  attempts: number;
  lastError?: AppError;
  /** Epoch ms before which the engine must not touch the item again (Retry-After / backoff). */
  notBefore?: number;
  updatedAt: number;
}

export const isTerminal = (state: OutboxState): boolean =>
  state === 'synced' || state === 'failed' || state === 'needs-attention';
