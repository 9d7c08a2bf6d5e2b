import type { AppError } from '../../core/errors/AppError';
import type { Result } from '../../core/model/Result';
import { PLANNER_MAX_ASSIGNEES, PLANNER_MAX_CHECKLIST } from '../../core/ports/PlannerPort';
import type {
  NewPlannerTask, PlannerBucket, PlannerDetailsPatch, PlannerDetailsUpdate, PlannerPlan, PlannerPort, PlannerTask, PlannerTaskDetails,
} from '../../core/ports/PlannerPort';
import { runWithFault } from './FaultPlan';
import type { FaultInjector } from './FaultPlan';

type R<T> = Result<T, AppError>;
const fail = (kind: AppError['kind'], detail: string, code?: string | number): R<never> => ({ ok: false, error: { kind, detail, ...(code === undefined ? {} : { code }) } });
const clone = <T>(v: T): T => structuredClone(v);

export interface FakePlannerOptions {
  now?: () => number;
  faults?: FaultInjector;
  /** Tasks stay invisible to list calls this long after they were created (replication lag). */
  listLagMs?: number;
}

interface StoredTask {
  task: PlannerTask;
  createdAt: number;
}

/**
 * In-memory Planner with Graph's semantics where they matter to the sync: per-resource ETags (the task
 * ETag is never valid for details), 412 on a stale If-Match, 403 + Maximum* codes for the 20-assignee
 * and 20-checklist-item limits, 403 on plans the user may not touch, listing lag, and fault injection
 * per request (batch sub-requests count one each). It also records what a well-behaved client must
 * not do: calls before a Retry-After elapsed, and the peak number of concurrent calls.
 */
export class FakePlanner implements PlannerPort {
  readonly plans = new Map<string, PlannerPlan & { forbidden?: boolean }>();
  readonly buckets = new Map<string, PlannerBucket>();
  readonly tasks = new Map<string, StoredTask>();
  readonly details = new Map<string, PlannerTaskDetails>();
  /** Calls (one per port call, batches once) with their time. */
  readonly calls: { method: string; at: number }[] = [];
  /** External edits made so far (oracle: none may be lost by our merges). */
  readonly externalEditLog: { taskId: string; label: string }[] = [];
  readonly retryAfterViolations: { method: string; at: number; allowedAt: number }[] = [];
  maxInFlight = 0;
  private inFlight = 0;
  private allowedAt = 0;
  private seq = 0;
  private ids = 0;
  private etags = 0;
  private readonly now: () => number;

  constructor(private readonly options: FakePlannerOptions = {}) {
    this.now = options.now ?? (() => Date.now());
  }

  addPlan(plan: { id?: string; title: string; groupId?: string; forbidden?: boolean }): PlannerPlan {
    const p = { id: plan.id ?? this.nextId('plan'), title: plan.title, ...(plan.groupId ? { groupId: plan.groupId } : {}), ...(plan.forbidden ? { forbidden: true } : {}) };
    this.plans.set(p.id, p);
    return p;
  }

  /** Someone else edits a task's details (the web UI, a colleague): a note and a checklist item. */
  externalEdit(taskId: string, label = `external ${++this.ids}`): boolean {
    const d = this.details.get(taskId);
    if (!d) return false;
    if (Object.keys(d.checklist).length >= PLANNER_MAX_CHECKLIST) return false;
    d.description = d.description ? `${d.description}\n${label}` : label;
    d.checklist[`ext-${label}`] = { title: label, isChecked: true };
    this.externalEditLog.push({ taskId, label });
    d.etag = this.nextEtag();
    return true;
  }

  listPlans(scope?: { groupId?: string }) {
    return this.call('listPlans', () => ({ ok: true, value: [...this.plans.values()].filter((p) => !scope?.groupId || p.groupId === scope.groupId).map(({ forbidden: _f, ...p }) => p) }));
  }

  listBuckets(planId: string) {
    return this.call('listBuckets', () => this.withPlan(planId, () => ({ ok: true, value: [...this.buckets.values()].filter((b) => b.planId === planId).map(clone) })));
  }

  createBucket(planId: string, name: string) {
    return this.call('createBucket', () =>
      this.withPlan(planId, () => {
        if ([...this.buckets.values()].filter((b) => b.planId === planId).length >= 200) return fail('limit-exceeded', 'buckets', 'MaximumBucketsInProject');
        const b = { id: this.nextId('bucket'), planId, name };
        this.buckets.set(b.id, b);
        return { ok: true, value: clone(b) };
      }),
    );
  }

  listTasks(scope: { planId: string; bucketId?: string }) {
    return this.call('listTasks', () => this.withPlan(scope.planId, () => ({ ok: true, value: this.visible(scope).map((s) => clone(s.task)) })));
  }

  listTaskDetails(scope: { planId: string; bucketId: string }) {
    return this.call('listTaskDetails', () =>
      this.withPlan(scope.planId, () => ({ ok: true, value: this.visible(scope).flatMap((s) => (this.details.has(s.task.id) ? [clone(this.details.get(s.task.id)!)] : [])) })),
    );
  }

  getTask(taskId: string) {
    return this.call('getTask', () => {
      const s = this.tasks.get(taskId);
      return s ? { ok: true, value: clone(s.task) } : fail('not-found', `task ${taskId}`);
    });
  }

  createTask(input: NewPlannerTask) {
    return this.call('createTask', () => this.create(input));
  }

  async createTasks(inputs: readonly NewPlannerTask[]) {
    return this.callBatch('createTasks', inputs, (input) => this.create(input));
  }

  getTaskDetails(taskId: string) {
    return this.call('getTaskDetails', () => this.readDetails(taskId));
  }

  async getTaskDetailsBatch(taskIds: readonly string[]) {
    return this.callBatch('getTaskDetailsBatch', taskIds, (id) => this.readDetails(id));
  }

  updateTaskDetails(taskId: string, etag: string, patch: PlannerDetailsPatch) {
    return this.call('updateTaskDetails', () => this.patchDetails({ taskId, etag, patch }), taskId);
  }

  async updateTaskDetailsBatch(updates: readonly PlannerDetailsUpdate[]) {
    return this.callBatch('updateTaskDetailsBatch', updates, (u) => this.patchDetails(u), (u) => u.taskId);
  }

  /** Every task whose title carries `marker`, for test oracles. */
  tasksWithMarker(marker: string): PlannerTask[] {
    return [...this.tasks.values()].filter((s) => s.task.title.endsWith(`[${marker}]`)).map((s) => clone(s.task));
  }

  private visible(scope: { planId: string; bucketId?: string }): StoredTask[] {
    const lag = this.options.listLagMs ?? 0;
    return [...this.tasks.values()].filter(
      (s) => s.task.planId === scope.planId && (!scope.bucketId || s.task.bucketId === scope.bucketId) && s.createdAt + lag <= this.now(),
    );
  }

  private withPlan<T>(planId: string, f: () => R<T>): R<T> {
    const plan = this.plans.get(planId);
    if (!plan) return fail('not-found', `plan ${planId}`);
    if (plan.forbidden) return fail('forbidden', `plan ${planId}`, 403);
    return f();
  }

  private create(input: NewPlannerTask): R<PlannerTask> {
    return this.withPlan(input.planId, () => {
      if (input.bucketId && this.buckets.get(input.bucketId)?.planId !== input.planId) return fail('not-found', `bucket ${input.bucketId}`);
      if (input.assigneeIds.length > PLANNER_MAX_ASSIGNEES) return fail('limit-exceeded', 'assignees', 'MaximumAssigneesInTasks');
      if (!input.title.trim()) return fail('bad-request', 'title');
      const task: PlannerTask = {
        id: this.nextId('task'), planId: input.planId, title: input.title, assigneeIds: [...input.assigneeIds], percentComplete: 0, etag: this.nextEtag(),
        createdDateTime: new Date(this.now()).toISOString(),
        ...(input.bucketId ? { bucketId: input.bucketId } : {}), ...(input.dueDateTime ? { dueDateTime: input.dueDateTime } : {}),
      };
      this.tasks.set(task.id, { task, createdAt: this.now() });
      this.details.set(task.id, { taskId: task.id, description: '', checklist: {}, references: {}, etag: this.nextEtag() });
      return { ok: true, value: clone(task) };
    });
  }

  private readDetails(taskId: string): R<PlannerTaskDetails> {
    const d = this.details.get(taskId);
    return d ? { ok: true, value: clone(d) } : fail('not-found', `details of ${taskId}`);
  }

  private patchDetails({ taskId, etag, patch }: PlannerDetailsUpdate): R<PlannerTaskDetails> {
    const d = this.details.get(taskId);
    if (!d) return fail('not-found', `details of ${taskId}`);
    if (etag !== d.etag) return fail('precondition-failed', 'The If-Match header contains an invalid value', 412);
    const checklist = { ...d.checklist };
    for (const [k, v] of Object.entries(patch.checklist ?? {})) if (v === null) delete checklist[k]; else checklist[k] = { ...v };
    if (Object.keys(checklist).length > PLANNER_MAX_CHECKLIST) return fail('limit-exceeded', 'checklist', 'MaximumChecklistItemsOnTask');
    const references = { ...d.references };
    for (const [k, v] of Object.entries(patch.references ?? {})) if (v === null) delete references[k]; else references[k] = { ...v };
    const next = { ...d, checklist, references, ...(patch.description === undefined ? {} : { description: patch.description }), etag: this.nextEtag() };
    this.details.set(taskId, next);
    return { ok: true, value: clone(next) };
  }

  private async call<T>(method: string, apply: () => R<T>, editTarget?: string): Promise<R<T>> {
    this.enter(method);
    try {
      await Promise.resolve();
      return this.sub(method, apply, editTarget);
    } finally {
      this.inFlight--;
    }
  }

  private async callBatch<I, T>(method: string, items: readonly I[], apply: (i: I) => R<T>, editTarget?: (i: I) => string): Promise<R<T>[]> {
    this.enter(method);
    try {
      await Promise.resolve();
      return items.map((item) => this.sub(method, () => apply(item), editTarget?.(item)));
    } finally {
      this.inFlight--;
    }
  }

  /** One (sub-)request under its scheduled fault. */
  private sub<T>(method: string, apply: () => R<T>, editTarget?: string): R<T> {
    const op = { service: 'planner' as const, method, seq: ++this.seq };
    const fault = this.options.faults?.(op);
    if (fault?.kind === 'external-edit' && editTarget) this.externalEdit(editTarget);
    if (fault?.kind === 'precondition') return fail('precondition-failed', 'injected 412', 412);
    const r = runWithFault(fault, op, apply);
    if (!r.ok && r.error.kind === 'throttled') this.allowedAt = Math.max(this.allowedAt, this.now() + (r.error.retryAfterMs ?? 0));
    return r;
  }

  private enter(method: string): void {
    const at = this.now();
    this.calls.push({ method, at });
    if (at < this.allowedAt) this.retryAfterViolations.push({ method, at, allowedAt: this.allowedAt });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
  }

  private nextId(prefix: string): string {
    return `${prefix}-${String(++this.ids).padStart(6, '0')}`;
  }

  private nextEtag(): string {
    return `W/"${++this.etags}"`;
  }
}
