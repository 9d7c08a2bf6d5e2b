import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';

/**
 * Microsoft Planner as the sync engine sees it (Graph v1.0 semantics, see reference/platform.md §F).
 * Every call is async and returns a Result; adapters never throw. Error mapping adapters must follow:
 * 400 → bad-request; 401 → unauthorized; 403 with a `Maximum*` code → limit-exceeded (code = that string);
 * other 403 → forbidden; 404 → not-found; 409 → conflict; 412 → precondition-failed;
 * 429 → throttled (retryAfterMs when readable); 5xx → server (retryAfterMs on 503 when given);
 * client timeout → timeout; network failure → offline.
 *
 * A create that fails with timeout / offline / server / throttled is AMBIGUOUS (the task may exist):
 * adapters must not retry creates on their own (disable the SDK RetryHandler for POST /planner/tasks
 * and for any $batch containing creates); the engine reconciles by listing the bucket first.
 */
export type PortResult<T> = Promise<Result<T, AppError>>;

/** Largest batch the engine passes to the *Batch / createTasks calls (Graph `$batch` limit). */
export const PLANNER_BATCH_LIMIT = 20;
/** Planner object limits (planner-limits page): assignees and checklist items per task. */
export const PLANNER_MAX_ASSIGNEES = 20;
export const PLANNER_MAX_CHECKLIST = 20;

export interface PlannerPlan {
  id: string;
  title: string;
  /** The owning Microsoft 365 group (plan.container / owner). */
  groupId?: string;
}

export interface PlannerBucket {
  id: string;
  planId: string;
  name: string;
}

export interface PlannerTask {
  id: string;
  planId: string;
  bucketId?: string;
  title: string;
  /** UTC ISO instant. */
  dueDateTime?: string;
  /** Azure AD user object ids (keys of `assignments`). */
  assigneeIds: string[];
  percentComplete: number;
  /** The TASK ETag. Never valid for details (those have their own). */
  etag: string;
  createdDateTime?: string;
  /** UTC ISO instant Planner sets when percentComplete reaches 100 (follow-up: on time or late). */
  completedDateTime?: string;
}

export interface NewPlannerTask {
  planId: string;
  bucketId?: string;
  title: string;
  /** UTC ISO instant, e.g. "2026-03-14T15:59:59Z". */
  dueDateTime?: string;
  /** At most PLANNER_MAX_ASSIGNEES; the adapter writes plannerAssignment objects with orderHint " !". */
  assigneeIds: string[];
  /** 0–10, lower is more urgent. */
  priority?: number;
}

export interface PlannerChecklistItem {
  title: string;
  isChecked: boolean;
  orderHint?: string;
}

export interface PlannerReference {
  alias?: string;
  type?: string;
}

export interface PlannerTaskDetails {
  taskId: string;
  description: string;
  /** Keyed by client-chosen GUID. */
  checklist: Record<string, PlannerChecklistItem>;
  /** Keyed by the plain (NOT encoded) URL; the adapter encodes/decodes Graph's %-escaped keys. */
  references: Record<string, PlannerReference>;
  /** The DETAILS ETag. */
  etag: string;
}

/**
 * A partial update. Only the fields present are sent; `null` under checklist/references deletes that
 * key (Graph open-type semantics), absent keys are left untouched on the server.
 */
export interface PlannerDetailsPatch {
  description?: string;
  checklist?: Record<string, PlannerChecklistItem | null>;
  references?: Record<string, PlannerReference | null>;
}

export interface PlannerDetailsUpdate {
  taskId: string;
  /** Details ETag from getTaskDetails*; sent as If-Match. Never '*', never the task ETag. */
  etag: string;
  patch: PlannerDetailsPatch;
}

export interface PlannerPort {
  /** Plans the user can see; with groupId, that group's plans (GET /groups/{id}/planner/plans). */
  listPlans(scope?: { groupId?: string }): PortResult<PlannerPlan[]>;
  listBuckets(planId: string): PortResult<PlannerBucket[]>;
  createBucket(planId: string, name: string): PortResult<PlannerBucket>;
  /** All tasks of a plan, or of one bucket (follows @odata.nextLink until done). */
  listTasks(scope: { planId: string; bucketId?: string }): PortResult<PlannerTask[]>;
  getTask(taskId: string): PortResult<PlannerTask>;
  createTask(input: NewPlannerTask): PortResult<PlannerTask>;
  /**
   * One Result per input, IN INPUT ORDER (the adapter correlates `$batch` sub-responses by id, never by
   * position). A failure of the whole batch call yields that error for every item.
   */
  createTasks(inputs: readonly NewPlannerTask[]): Promise<Result<PlannerTask, AppError>[]>;
  getTaskDetails(taskId: string): PortResult<PlannerTaskDetails>;
  /** One Result per id, in input order. */
  getTaskDetailsBatch(taskIds: readonly string[]): Promise<Result<PlannerTaskDetails, AppError>[]>;
  /**
   * Details of every task in one bucket, in as few round trips as possible: the real adapter uses
   * `GET /planner/buckets/{id}/tasks?$expand=details` (one request per page; if a tenant rejects the
   * expansion it falls back to listTasks + getTaskDetailsBatch). The engine calls it instead of
   * getTaskDetailsBatch when more than one batch of tasks in a bucket needs details, so 100 items
   * cost 5 creates + 1 read + 5 patches (+ owners, bucket) ≤ 15 round trips.
   */
  listTaskDetails(scope: { planId: string; bucketId: string }): PortResult<PlannerTaskDetails[]>;
  /** PATCH with If-Match and `Prefer: return=representation`: returns the details after the update. */
  updateTaskDetails(taskId: string, etag: string, patch: PlannerDetailsPatch): PortResult<PlannerTaskDetails>;
  /** One Result per update, in input order. */
  updateTaskDetailsBatch(updates: readonly PlannerDetailsUpdate[]): Promise<Result<PlannerTaskDetails, AppError>[]>;
}
