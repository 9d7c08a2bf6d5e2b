/**
 * Full-size run of the follow-up service property (issue 12 §4):
 *   npx tsx scripts/service-fuzz.ts --runs 10000 [--seed N]
 * Random meetings, items, clocks across days and DST, faults, crashes at any await point, 1–3 instances;
 * exits 1 with fast-check's counterexample (seed + path) when a notification is missed, duplicated or late.
 */
import fc from 'fast-check';
import { checkScenario, serviceScenarioArb } from '../test/property/serviceProperty';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(arg('runs') ?? 10_000);
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npx tsx scripts/service-fuzz.ts --runs 10000 [--seed N]');
  process.exit(2);
}
const totals = { runs: 0, notifications: 0, required: 0, restarts: 0, idempotentResends: 0 };
const started = process.hrtime.bigint();
console.log(`service-fuzz: ${runs} runs, seed ${seed}`);
const result = await fc.check(
  fc.asyncProperty(serviceScenarioArb, async (s) => {
    const stats = await checkScenario(s);
    totals.runs++;
    totals.notifications += stats.expected;
    totals.required += stats.required;
    totals.restarts += stats.restarts;
    totals.idempotentResends += stats.resends;
  }),
  { numRuns: runs, seed },
);
const seconds = Math.round(Number(process.hrtime.bigint() - started) / 1e8) / 10;
console.log(JSON.stringify({ seed, ...totals, seconds }));
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  console.error(`replay: npx tsx scripts/service-fuzz.ts --runs ${runs} --seed ${seed}`);
  process.exit(1);
}
console.log(`OK: ${result.numRuns} runs, 0 missed, 0 duplicated, all in their windows (seed ${seed})`);
