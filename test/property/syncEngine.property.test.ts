import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSyncScenario, syncScenarioArb } from './syncProperty';
import type { SyncScenario } from './syncProperty';
import type { FaultInjector } from '../../src/adapters/fakes/FaultPlan';
import type { World } from './syncHarness';

/**
 * R1 + R2 of reliability.md §5 in one property: random action items (1–30, some owners unknown) ×
 * random fault schedules (429 with/without Retry-After, 5xx, timeouts and drops after commit, 412s,
 * external edits, storage failures) × crashes at random await points (a new engine over the same
 * outbox and server) → every known-owner item exists exactly once, with the right fields and details;
 * unknown owners are reported; no external edit is lost. fast-check prints seed + path on failure;
 * `npx tsx scripts/sync-fuzz.ts --runs 10000 [--seed N]` runs the same property at full size.
 */
const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 1000);

const one: SyncScenario = {
  items: [
    {
      owner: 'ann@contoso.example',
      content: 'Send the budget',
      acceptance: 'CFO signed',
      due: '2026-03-14',
      zone: 'Asia/Shanghai',
      checklist: ['draft'],
    },
    {
      owner: 'bo@contoso.example',
      content: 'Book the room',
      acceptance: '',
      due: '2026-03-15',
      zone: 'UTC',
      checklist: [],
    },
  ],
  planMode: 'planId',
  faults: [],
  listLagMs: 0,
  seed: 1,
};

describe('sync engine: never loses or duplicates a task', () => {
  it(`holds for ${RUNS} random scenarios with faults and crashes`, async () => {
    let crashes = 0;
    await fc.assert(
      fc.asyncProperty(syncScenarioArb, async (s) => {
        crashes += (await checkSyncScenario(s)).restarts;
      }),
      { numRuns: RUNS },
    );
    // The generator must actually exercise restarts, or the property says nothing about crashes.
    if (RUNS >= 200) expect(crashes).toBeGreaterThan(RUNS / 10);
  }, 180_000);

  it('the oracle catches a duplicate, a lost task and a lost external edit', async () => {
    await expect(checkSyncScenario(one)).resolves.toMatchObject({ restarts: 0 });
    const dup = (w: World) => {
      const t = [...w.planner.tasks.values()][0]!;
      w.planner.tasks.set('dup', { ...t, task: { ...t.task, id: 'dup' } });
    };
    await expect(checkSyncScenario(one, { tamper: dup })).rejects.toThrow(/want exactly 1/);
    await expect(checkSyncScenario(one, { tamper: (w) => w.planner.tasks.clear() })).rejects.toThrow(
      /want exactly 1/,
    );
    let edits = 0;
    const injector: FaultInjector = (op) =>
      op.method === 'updateTaskDetailsBatch' && edits++ < 2 ? { kind: 'external-edit' } : undefined;
    await expect(checkSyncScenario(one, { injector })).resolves.toBeDefined();
    expect(edits).toBeGreaterThanOrEqual(2);
    edits = 0;
    await expect(
      checkSyncScenario(one, {
        injector,
        tamper: (w) =>
          w.planner.details.forEach((d) => (d.description = d.description.replace(/external \d+/g, ''))),
      }),
    ).rejects.toThrow(/external edit lost/);
  });

  it('is sensitive to the reconcile grace: trusting a lagging listing duplicates tasks', async () => {
    // Same property with the safety margin removed: fast-check must find a counterexample.
    const laggy = syncScenarioArb.map((s) => ({
      ...s,
      listLagMs: 3_000,
      faults: s.faults.map((f) => (f?.kind === 'crash-before' ? { kind: 'timeout-after' as const } : f)),
    }));
    const outcome = await fc.check(
      fc.asyncProperty(laggy, (s) =>
        checkSyncScenario(s, { policy: { reconcileGraceMs: 0 } }).then(() => undefined),
      ),
      { numRuns: 300, seed: 7 },
    );
    expect(outcome.failed).toBe(true);
    expect(String(outcome.errorInstance)).toMatch(/want exactly 1/);
  }, 60_000);
});
