import { describe, expect, it } from 'vitest';
import { crashAt } from '../../src/adapters/fakes/FaultPlan';
import { checkSyncScenario } from './syncProperty';
import type { PlanMode, SyncScenario } from './syncProperty';

/**
 * R2 of reliability.md §5, deterministically: for EVERY operation k a clean sync performs (each port
 * call, each batch sub-request, each outbox write), crash just before it and just after it, restart
 * with a new engine over the same outbox and server, and check nothing was lost or duplicated.
 */
const big = Array.from({ length: 25 }, (_, i) => ({
  owner: i % 3 ? 'bo@contoso.example' : 'ann@contoso.example',
  content: `Item ${i}`,
  acceptance: 'ok',
  due: '2026-03-14',
  zone: 'UTC',
  checklist: i % 5 ? [] : ['a'],
}));

const scenario = (planMode: PlanMode | 'group-25'): SyncScenario => ({
  ...(planMode === 'group-25'
    ? { items: big, planMode: 'group', faults: [], listLagMs: 0, seed: 4 }
    : {
        items: [
          {
            owner: 'ann@contoso.example',
            content: 'Send the budget',
            acceptance: 'CFO signed',
            due: '2026-03-14',
            zone: 'Asia/Shanghai',
            checklist: ['draft', 'review'],
          },
          {
            owner: 'bo@contoso.example',
            content: 'Book the room',
            acceptance: '',
            due: '2026-03-15',
            zone: 'UTC',
            checklist: [],
          },
          {
            owner: 'ghost@contoso.example',
            content: 'Unknown owner',
            acceptance: '',
            due: '2026-03-15',
            zone: 'UTC',
            checklist: [],
          },
          {
            owner: 'Dana@Contoso.example',
            content: '复盘会议纪要',
            acceptance: '全员确认',
            due: '2026-03-20',
            zone: 'Pacific/Chatham',
            checklist: ['写', '审'],
          },
        ],
        planMode,
        faults: [],
        listLagMs: 0,
        seed: 3,
      }),
});

// 'group-25' crosses batch boundaries: two create batches leave as one wave.
describe.each<PlanMode | 'group-25'>(['group', 'forbidden', 'group-25'])(
  'crash at every await point (plan mode %s)',
  (mode) => {
    it('loses and duplicates nothing, whichever operation the crash hits', async () => {
      let ops = 0;
      await checkSyncScenario(scenario(mode), { injector: () => (ops++, undefined) });
      expect(ops).toBeGreaterThan(10);
      let crashes = 0;
      for (let k = 0; k < ops; k++) {
        for (const kind of ['before', 'after'] as const) {
          const stats = await checkSyncScenario(scenario(mode), { injector: crashAt(k, kind) });
          crashes += stats.restarts;
        }
      }
      // Every point was hit once per kind (a crash always forces exactly one restart).
      expect(crashes).toBe(2 * ops);
    }, 120_000);
  },
);
