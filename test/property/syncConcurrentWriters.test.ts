import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSyncScenario, syncScenarioArb } from './syncProperty';

/**
 * R3 of reliability.md §5: two panes (a meeting side panel and a follow-up tab, say) enqueue the
 * same meeting and sync one outbox at the same time, under random faults and crashes. With the
 * cross-pane lock (navigator.locks in the browser) nothing is lost or duplicated; without it the
 * property must fail, which shows the lock is what makes it hold.
 */
const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 1000) >= 1000 ? 150 : 30;

describe('two panes syncing one outbox', () => {
  it(`never duplicates with the shared lock (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(syncScenarioArb, (s) =>
        checkSyncScenario(s, { writers: 2, lock: true }).then(() => undefined),
      ),
      { numRuns: RUNS },
    );
  }, 180_000);

  it('duplicates without it (so the lock is load-bearing)', async () => {
    const outcome = await fc.check(
      fc.asyncProperty(syncScenarioArb, (s) =>
        checkSyncScenario({ ...s, faults: [] }, { writers: 2, lock: false }).then(() => undefined),
      ),
      { numRuns: 200, seed: 11 },
    );
    expect(outcome.failed).toBe(true);
    expect(String(outcome.errorInstance)).toMatch(/want exactly 1|created \d+ times/);
  }, 60_000);
});
