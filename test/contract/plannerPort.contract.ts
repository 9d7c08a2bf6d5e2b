import { describe, expect, it } from 'vitest';
import type { PlannerPort, PlannerTaskDetails } from '../../src/core/ports/PlannerPort';

export interface PlannerPortFixture {
  port: PlannerPort;
  /** A plan the signed-in user may write to. */
  planId: string;
  /** Its group, when listPlans({ groupId }) should find it. */
  groupId?: string;
  /** A plan that answers 403 (optional: skipped when absent). */
  forbiddenPlanId?: string;
  /** Directory ids usable as assignees; ≥ 21 enables the assignee-limit case. */
  assigneeIds: string[];
  cleanup?: () => void | Promise<void>;
}

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};
const sameInstant = (a: string | undefined, b: string) => expect(Date.parse(a ?? '')).toBe(Date.parse(b));
let counter = 0;
const unique = (label: string) => `${label} ${Date.now().toString(36)}-${++counter}`;

/**
 * What the sync engine relies on from any PlannerPort. Runs against FakePlanner here and against the
 * Graph adapter + emulator in the adapter's own test (same expectations, so the fake can't drift).
 */
export function describePlannerPortContract(name: string, makeFixture: () => PlannerPortFixture | Promise<PlannerPortFixture>): void {
  describe(`PlannerPort contract: ${name}`, () => {
    async function withBucket() {
      const f = await makeFixture();
      const bucket = unwrap(await f.port.createBucket(f.planId, unique('Contract bucket')));
      return { f, bucket };
    }
    async function withTask() {
      const { f, bucket } = await withBucket();
      const task = unwrap(await f.port.createTask({ planId: f.planId, bucketId: bucket.id, title: `${unique('Task')} [MG-abcdefgh]`, dueDateTime: '2026-03-14T15:59:59.000Z', assigneeIds: f.assigneeIds.slice(0, 1) }));
      return { f, bucket, task };
    }

    it('creates a bucket and lists it in its plan', async () => {
      const { f, bucket } = await withBucket();
      expect(bucket.planId).toBe(f.planId);
      expect(unwrap(await f.port.listBuckets(f.planId)).map((b) => b.id)).toContain(bucket.id);
      await f.cleanup?.();
    });

    it('creates a task with title, due instant, assignee and its own ETag; get and list find it', async () => {
      const { f, bucket, task } = await withTask();
      expect(task).toMatchObject({ planId: f.planId, bucketId: bucket.id, assigneeIds: f.assigneeIds.slice(0, 1) });
      expect(task.title).toMatch(/\[MG-abcdefgh\]$/);
      sameInstant(task.dueDateTime, '2026-03-14T15:59:59Z');
      expect(task.etag).toBeTruthy();
      expect(unwrap(await f.port.getTask(task.id)).title).toBe(task.title);
      expect(unwrap(await f.port.listTasks({ planId: f.planId, bucketId: bucket.id })).map((t) => t.title)).toEqual([task.title]);
      expect(unwrap(await f.port.listTasks({ planId: f.planId })).map((t) => t.id)).toContain(task.id);
      await f.cleanup?.();
    });

    it('answers not-found as data for unknown ids, never by throwing', async () => {
      const f = await makeFixture();
      const r = await f.port.getTask('no-such-task-0000000000000000');
      expect(r).toMatchObject({ ok: false, error: { kind: 'not-found' } });
      expect(await f.port.getTaskDetails('no-such-task-0000000000000000')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
      await f.cleanup?.();
    });

    it('createTasks returns one result per input in input order; a bad input fails alone', async () => {
      const { f, bucket } = await withBucket();
      const titles = [unique('A'), unique('B'), unique('C')];
      const results = await f.port.createTasks([
        { planId: f.planId, bucketId: bucket.id, title: titles[0]!, assigneeIds: [] },
        { planId: f.planId, bucketId: 'no-such-bucket-00000000000000', title: titles[1]!, assigneeIds: [] },
        { planId: f.planId, bucketId: bucket.id, title: titles[2]!, assigneeIds: [] },
      ]);
      expect(results).toHaveLength(3);
      expect(unwrap(results[0]!).title).toBe(titles[0]);
      expect(results[1]!.ok).toBe(false);
      expect(unwrap(results[2]!).title).toBe(titles[2]);
      await f.cleanup?.();
    });

    it('details have their own ETag: task ETag and stale ETags get 412, the fresh one writes', async () => {
      const { f, task } = await withTask();
      const d0 = unwrap(await f.port.getTaskDetails(task.id));
      expect(d0).toMatchObject({ taskId: task.id, description: '' });
      expect(d0.etag).not.toBe(task.etag);
      expect(await f.port.updateTaskDetails(task.id, task.etag, { description: 'x' })).toMatchObject({ ok: false, error: { kind: 'precondition-failed' } });
      const d1 = unwrap(await f.port.updateTaskDetails(task.id, d0.etag, { description: 'first' }));
      expect(d1.description).toBe('first');
      expect(d1.etag).not.toBe(d0.etag);
      expect(await f.port.updateTaskDetails(task.id, d0.etag, { description: 'stale' })).toMatchObject({ ok: false, error: { kind: 'precondition-failed' } });
      expect(unwrap(await f.port.getTaskDetails(task.id)).description).toBe('first');
      await f.cleanup?.();
    });

    it('merges checklist and references by key; null deletes; URL keys round-trip unencoded', async () => {
      const { f, task } = await withTask();
      const url = 'https://contoso.sharepoint.com/sites/x/Budget v2.docx';
      const a = '3a73c9dd-fb47-4230-9c0f-b80788fb0f9b';
      const b = '5f36f5b2-1ec0-4c48-9c75-ed59429516c5';
      let d: PlannerTaskDetails = unwrap(await f.port.getTaskDetails(task.id));
      d = unwrap(await f.port.updateTaskDetails(task.id, d.etag, { checklist: { [a]: { title: 'Draft', isChecked: false }, [b]: { title: 'Review', isChecked: false } }, references: { [url]: { alias: 'Budget', type: 'Word' } } }));
      d = unwrap(await f.port.updateTaskDetails(task.id, d.etag, { checklist: { [a]: null } }));
      expect(Object.keys(d.checklist)).toEqual([b]);
      expect(d.checklist[b]).toMatchObject({ title: 'Review', isChecked: false });
      expect(d.references[url]).toMatchObject({ alias: 'Budget' });
      expect(unwrap(await f.port.getTaskDetails(task.id)).references[url]).toBeDefined();
      await f.cleanup?.();
    });

    it('batched details reads and writes answer per item, in order (one stale ETag fails alone)', async () => {
      const { f, bucket } = await withBucket();
      const tasks = (await f.port.createTasks([1, 2, 3].map((i) => ({ planId: f.planId, bucketId: bucket.id, title: unique(`T${i}`), assigneeIds: [] })))).map(unwrap);
      const reads = (await f.port.getTaskDetailsBatch(tasks.map((t) => t.id))).map(unwrap);
      expect(reads.map((r) => r.taskId)).toEqual(tasks.map((t) => t.id));
      const writes = await f.port.updateTaskDetailsBatch(reads.map((r, i) => ({ taskId: r.taskId, etag: i === 1 ? tasks[1]!.etag : r.etag, patch: { description: `d${i}` } })));
      expect(unwrap(writes[0]!).description).toBe('d0');
      expect(writes[1]).toMatchObject({ ok: false, error: { kind: 'precondition-failed' } });
      expect(unwrap(writes[2]!).description).toBe('d2');
      const listed = unwrap(await f.port.listTaskDetails({ planId: f.planId, bucketId: bucket.id }));
      expect(new Set(listed.map((l) => l.taskId))).toEqual(new Set(tasks.map((t) => t.id)));
      expect(listed.find((l) => l.taskId === tasks[2]!.id)?.description).toBe('d2');
      await f.cleanup?.();
    });

    it('reports Planner limits as limit-exceeded with the Maximum* code', async () => {
      const { f, task } = await withTask();
      const d = unwrap(await f.port.getTaskDetails(task.id));
      const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, { title: `c${i}`, isChecked: false }]));
      expect(await f.port.updateTaskDetails(task.id, d.etag, { checklist: many })).toMatchObject({ ok: false, error: { kind: 'limit-exceeded', code: 'MaximumChecklistItemsOnTask' } });
      if (f.assigneeIds.length >= 21) {
        const r = await f.port.createTask({ planId: f.planId, title: unique('crowded'), assigneeIds: f.assigneeIds.slice(0, 21) });
        expect(r).toMatchObject({ ok: false, error: { kind: 'limit-exceeded', code: 'MaximumAssigneesInTasks' } });
      }
      await f.cleanup?.();
    });

    it('finds the plan by group and answers 403 plans with forbidden', async () => {
      const f = await makeFixture();
      if (f.groupId) expect(unwrap(await f.port.listPlans({ groupId: f.groupId })).map((p) => p.id)).toContain(f.planId);
      if (f.forbiddenPlanId) {
        expect(await f.port.listBuckets(f.forbiddenPlanId)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
        expect(await f.port.createTask({ planId: f.forbiddenPlanId, title: 'no', assigneeIds: [] })).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
      }
      await f.cleanup?.();
    });
  });
}
