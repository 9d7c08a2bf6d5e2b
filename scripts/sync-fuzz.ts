/**
 * Full-size run of the sync property (reliability.md R1/R2):
 *   npx tsx scripts/sync-fuzz.ts --runs 10000 [--seed N] [--writers 2]
 * (--writers N: N panes sync one outbox at once, sharing the cross-pane lock.)
 * Prints the seed (replay with --seed), run count, restarts, faults injected and etiquette counters;
 * exits 1 with fast-check's counterexample (seed + path) when an invariant breaks.
 */
import fc from 'fast-check';
import { checkSyncScenario, syncScenarioArb } from '../test/property/syncProperty';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(arg('runs') ?? 10_000);
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
const writers = Number(arg('writers') ?? 1);
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed) || !Number.isInteger(writers) || writers < 1) {
  console.error('usage: npx tsx scripts/sync-fuzz.ts --runs 10000 [--seed N] [--writers 2]');
  process.exit(2);
}

const totals = { scenarios: 0, items: 0, restarts: 0, faultsUsed: 0, runsWithRetryAfterMissAfterCrash: 0, maxInFlight: 0 };
const started = process.hrtime.bigint();
console.log(`sync-fuzz: ${runs} runs, seed ${seed}, ${writers} writer(s)`);
const result = await fc.check(
  fc.asyncProperty(syncScenarioArb, async (s) => {
    const stats = await checkSyncScenario(s, writers > 1 ? { writers, lock: true } : {});
    totals.scenarios++;
    totals.items += s.items.length;
    totals.restarts += stats.restarts;
    totals.faultsUsed += stats.faultsUsed;
    // checkSyncScenario already fails a crash-free run with any violation; these follow a crash that
    // hit between receiving a 429 and recording it.
    if (stats.retryAfterViolations) totals.runsWithRetryAfterMissAfterCrash++;
    totals.maxInFlight = Math.max(totals.maxInFlight, stats.maxInFlight);
  }),
  { numRuns: runs, seed },
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ seed, runs: result.numRuns, ...totals, seconds: Math.round(seconds * 10) / 10 }));
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  console.error(`replay: npx tsx scripts/sync-fuzz.ts --runs ${runs} --seed ${seed}${writers > 1 ? ` --writers ${writers}` : ''}`);
  process.exit(1);
}
console.log(`OK: ${result.numRuns} runs, 0 lost, 0 duplicated (seed ${seed})`);
