import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import type {
  NewPlannerTask,
  PlannerBucket,
  PlannerDetailsPatch,
  PlannerDetailsUpdate,
  PlannerPlan,
  PlannerPort,
  PlannerTask,
  PlannerTaskDetails,
  PortResult,
} from '../../core/ports/PlannerPort';
import type { PlanGroup, PlanPickerPort } from '../../core/ports/PlanPickerPort';
import type { GraphClient } from './createGraphClient';
import { graphBatch, type BatchResult } from './graphBatch';
import { detailsPatchBody, newTaskBody, toPlannerDetails, toPlannerTask } from './plannerJson';

type Json = Record<string, unknown>;
const enc = encodeURIComponent;
const MAX_PAGES = 50;
const RETURN_IT = { Prefer: 'return=representation' };

/** Follows @odata.nextLink; the first failure fails the listing (a partial list would look complete). */
export async function getAllPages(graph: GraphClient, first: string): Promise<Result<Json[], AppError>> {
  const items: Json[] = [];
  let path: string | undefined = first;
  for (let page = 0; path && page < MAX_PAGES; page += 1) {
    const r: Result<Json, AppError> = await graph.get<Json>(path);
    if (!r.ok) return r;
    if (Array.isArray(r.value.value)) items.push(...(r.value.value as Json[]));
    path = typeof r.value['@odata.nextLink'] === 'string' ? r.value['@odata.nextLink'] : undefined;
  }
  return ok(items);
}

function toPlan(raw: unknown): PlannerPlan | null {
  const p = (raw ?? {}) as Json;
  if (typeof p.id !== 'string' || !p.id) return null;
  const container = (p.container ?? {}) as Json;
  const groupId = typeof container.containerId === 'string' ? container.containerId : typeof p.owner === 'string' ? p.owner : undefined;
  return { id: p.id, title: typeof p.title === 'string' ? p.title : '', ...(groupId ? { groupId } : {}) };
}

function mapped<T>(raw: Result<unknown, AppError>, map: (v: unknown) => T | null, what: string): Result<T, AppError> {
  if (!raw.ok) return raw;
  const v = map(raw.value);
  return v ? ok(v) : err(appError('server', `unreadable ${what}`));
}

function fromBatch<T>(r: BatchResult, map: (v: unknown) => T | null, what: string): Result<T, AppError> {
  return r.ok ? mapped(ok(r.body), map, what) : err(r.error);
}

/** PlannerPort over Graph v1.0. Creates are never retried here: the sync engine reconciles ambiguous ones. */
export class GraphPlanner implements PlannerPort, PlanPickerPort {
  constructor(private readonly graph: GraphClient) {}

  async listPlans(scope: { groupId?: string } = {}): PortResult<PlannerPlan[]> {
    const r = await getAllPages(this.graph, scope.groupId ? `/groups/${enc(scope.groupId)}/planner/plans` : '/me/planner/plans');
    if (!r.ok) return r;
    return ok(r.value.flatMap((p) => toPlan(p) ?? []));
  }

  /**
   * The caller's direct memberships that can hold a plan. `/me/memberOf` mixes groups with directory roles
   * and administrative units; security groups (no `Unified` in groupTypes) hold no plans. With too little
   * permission Graph returns a group with only its id and type: kept, its plans listing decides.
   */
  async listMyGroups(): PortResult<PlanGroup[]> {
    const r = await getAllPages(this.graph, '/me/memberOf');
    if (!r.ok) return r;
    return ok(
      r.value.flatMap((o) => {
        if (o['@odata.type'] !== '#microsoft.graph.group' || typeof o.id !== 'string') return [];
        if (Array.isArray(o.groupTypes) && !o.groupTypes.includes('Unified')) return [];
        return [{ id: o.id, ...(typeof o.displayName === 'string' && o.displayName ? { displayName: o.displayName } : {}) }];
      }),
    );
  }

  /** `POST /planner/plans` in a group (containerId + type, so no cloud-specific URL); never retried. */
  async createPlan(groupId: string, title: string): PortResult<PlannerPlan> {
    return mapped(await this.graph.post('/planner/plans', { title, container: { containerId: groupId, type: 'group' } }), toPlan, 'plan');
  }

  async listBuckets(planId: string): PortResult<PlannerBucket[]> {
    const r = await getAllPages(this.graph, `/planner/plans/${enc(planId)}/buckets`);
    if (!r.ok) return r;
    return ok(r.value.flatMap((b) => (typeof b.id === 'string' ? [{ id: b.id, planId: typeof b.planId === 'string' ? b.planId : planId, name: typeof b.name === 'string' ? b.name : '' }] : [])));
  }

  async createBucket(planId: string, name: string): PortResult<PlannerBucket> {
    const r = await this.graph.post<Json>('/planner/buckets', { name, planId, orderHint: ' !' });
    if (!r.ok) return r;
    return typeof r.value.id === 'string' ? ok({ id: r.value.id, planId, name: typeof r.value.name === 'string' ? r.value.name : name }) : err(appError('server', 'bucket without id'));
  }

  async listTasks(scope: { planId: string; bucketId?: string }): PortResult<PlannerTask[]> {
    const path = scope.bucketId ? `/planner/buckets/${enc(scope.bucketId)}/tasks` : `/planner/plans/${enc(scope.planId)}/tasks`;
    const r = await getAllPages(this.graph, path);
    if (!r.ok) return r;
    return ok(r.value.map(toPlannerTask).filter((t): t is PlannerTask => t !== null));
  }

  async getTask(taskId: string): PortResult<PlannerTask> {
    return mapped(await this.graph.get(`/planner/tasks/${enc(taskId)}`), toPlannerTask, 'task');
  }

  async createTask(input: NewPlannerTask): PortResult<PlannerTask> {
    return mapped(await this.graph.post('/planner/tasks', newTaskBody(input)), toPlannerTask, 'task');
  }

  async createTasks(inputs: readonly NewPlannerTask[]): Promise<Result<PlannerTask, AppError>[]> {
    const results = await graphBatch(
      this.graph,
      inputs.map((input, i) => ({ id: String(i + 1), method: 'POST' as const, url: '/planner/tasks', body: newTaskBody(input) })),
    );
    return results.map((r) => fromBatch(r, toPlannerTask, 'task'));
  }

  async getTaskDetails(taskId: string): PortResult<PlannerTaskDetails> {
    return mapped(await this.graph.get(`/planner/tasks/${enc(taskId)}/details`), (v) => toPlannerDetails(v, taskId), 'task details');
  }

  async getTaskDetailsBatch(taskIds: readonly string[]): Promise<Result<PlannerTaskDetails, AppError>[]> {
    const results = await graphBatch(
      this.graph,
      taskIds.map((id, i) => ({ id: String(i + 1), method: 'GET' as const, url: `/planner/tasks/${enc(id)}/details` })),
    );
    return results.map((r, i) => fromBatch(r, (v) => toPlannerDetails(v, taskIds[i]!), 'task details'));
  }

  async listTaskDetails(scope: { planId: string; bucketId: string }): PortResult<PlannerTaskDetails[]> {
    const r = await getAllPages(this.graph, `/planner/buckets/${enc(scope.bucketId)}/tasks?$expand=details`);
    if (r.ok) {
      const out: PlannerTaskDetails[] = [];
      for (const t of r.value) {
        const d = typeof t.id === 'string' ? toPlannerDetails(t.details, t.id) : null;
        if (!d) break;
        out.push(d);
      }
      if (out.length === r.value.length) return ok(out);
    } else if (r.error.kind !== 'bad-request') {
      return r;
    }
    // The tenant ignored or rejected $expand=details: list, then read details in batches.
    const tasks = await this.listTasks(scope);
    if (!tasks.ok) return tasks;
    const details = await this.getTaskDetailsBatch(tasks.value.map((t) => t.id));
    const failed = details.find((d) => !d.ok);
    if (failed && !failed.ok) return failed;
    return ok(details.flatMap((d) => (d.ok ? [d.value] : [])));
  }

  async updateTaskDetails(taskId: string, etag: string, patch: PlannerDetailsPatch): PortResult<PlannerTaskDetails> {
    const r = await this.graph.patch<unknown>(`/planner/tasks/${enc(taskId)}/details`, detailsPatchBody(patch), { headers: { 'If-Match': etag, ...RETURN_IT } });
    if (!r.ok) return r;
    // 204 without a body when Prefer was ignored: read the new state (and its new ETag).
    const parsed = toPlannerDetails(r.value, taskId);
    return parsed ? ok(parsed) : this.getTaskDetails(taskId);
  }

  async updateTaskDetailsBatch(updates: readonly PlannerDetailsUpdate[]): Promise<Result<PlannerTaskDetails, AppError>[]> {
    const results = await graphBatch(
      this.graph,
      updates.map((u, i) => ({
        id: String(i + 1),
        method: 'PATCH' as const,
        url: `/planner/tasks/${enc(u.taskId)}/details`,
        headers: { 'If-Match': u.etag, ...RETURN_IT },
        body: detailsPatchBody(u.patch),
      })),
    );
    const out = results.map((r, i) => fromBatch(r, (v) => toPlannerDetails(v, updates[i]!.taskId), 'task details'));
    // Items answered 204 without a body: read them back in one more batch.
    const missing = out.flatMap((r, i) => (!r.ok && r.error.detail === 'unreadable task details' && results[i]!.ok ? [i] : []));
    if (missing.length > 0) {
      const reread = await this.getTaskDetailsBatch(missing.map((i) => updates[i]!.taskId));
      missing.forEach((i, k) => (out[i] = reread[k]!));
    }
    return out;
  }
}
