// `npm run bench`: every test/bench/*.bench.ts exports a function returning figures. Figures are
// measured in one run and, where the machine's speed matters, stated as ratios against a baseline
// measured in the same run, because the machines are shared and noisy.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigure } from '../test/bench/BenchFigure';

const dir = resolve(import.meta.dirname, '../test/bench');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (!existsSync(resolve(import.meta.dirname, '../dist/app/launchevent.js')) || process.argv.includes('--build')) {
  process.stdout.write('building the app (sizes are measured on the built bundles)...\n');
  const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const rows: Array<BenchFigure & { suite: string }> = [];
let failed = 0;
for (const f of files) {
  const suite = f.replace(/\.bench\.ts$/, '');
  process.stdout.write(`\n▶ ${suite}\n`);
  try {
    const mod = (await import(pathToFileURL(resolve(dir, f)).href)) as { default: () => Promise<BenchFigure[]> };
    for (const fig of await mod.default()) {
      rows.push({ ...fig, suite });
      process.stdout.write(`  ${fig.ok ? '✓' : '✗'} ${fig.figure}: ${fig.value} ${fig.unit} (target ${fig.target})\n`);
    }
  } catch (e) {
    failed++;
    process.stdout.write(`  ✗ ${suite} could not run: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
const bad = rows.filter((r) => !r.ok);
process.stdout.write(`\n${rows.length} figures, ${bad.length} off target, ${failed} suites failed to run\n`);
process.stdout.write('\n| suite | figure | value | target | ok |\n|---|---|---|---|---|\n');
for (const r of rows) process.stdout.write(`| ${r.suite} | ${r.figure} | ${r.value} ${r.unit} | ${r.target} | ${r.ok ? 'yes' : 'NO'} |\n`);
process.exit(bad.length || failed ? 1 : 0);
