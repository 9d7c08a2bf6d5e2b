import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario, serviceScenarioArb } from './serviceProperty';

/**
 * Issue 12 §4: random meetings, items, clocks crossing days and DST, faults (429, 503, 504 after commit,
 * dropped connections, 412), crashes at any await point and 1–3 instances → 0 missed, 0 duplicated,
 * each in its window. `npx tsx scripts/service-fuzz.ts --runs 10000` runs it at full size.
 */
const RUNS = Number(process.env.SERVICE_PROPERTY_RUNS ?? 1000);

describe('follow-up service: exactly once under faults, crashes and several instances', () => {
  it(`holds for ${RUNS} random scenarios`, async () => {
    let restarts = 0;
    let expected = 0;
    await fc.assert(
      fc.asyncProperty(serviceScenarioArb, async (s) => {
        const stats = await checkScenario(s);
        restarts += stats.restarts;
        expected += stats.expected;
      }),
      { numRuns: RUNS },
    );
    // The generator must exercise crashes and produce notifications, or the property says nothing.
    if (RUNS >= 200) {
      expect(restarts).toBeGreaterThan(RUNS / 10);
      expect(expected).toBeGreaterThan(RUNS);
    }
  }, 240_000);
});
