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
if (
  !existsSync(resolve(import.meta.dirname, '../dist/app/launchevent.js')) ||
  process.argv.includes('--build')
) {
  process.stdout.write('building the app (sizes are measured on the built bundles)...\n');
  const build = spawnSync('npm', ['run', '-s', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const MARK = '@@figures ';

// A suite that stopped a measurement early (a super-linear pattern) reports Infinity, which JSON carries as null.
const shown = (f: BenchFigure): string =>
  typeof f.value === 'number' && Number.isFinite(f.value)
    ? `${f.value} ${f.unit}`
    : 'unbounded (stopped early)';

// Child mode: run one suite and hand its figures to the parent on one marked line.
const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const file = process.argv[childAt + 1] as string;
  const mod = (await import(pathToFileURL(resolve(dir, file)).href)) as {
    default: () => Promise<BenchFigure[]>;
  };
  const figures = await mod.default();
  process.stdout.write(`\n${MARK}${JSON.stringify(figures)}\n`);
  // Suites that start servers (Fluid, the emulator) may leave handles open; the figures are out.
  process.exit(0);
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
  // Each suite in its own process: a fresh heap and no servers or timers left over from the suite before,
  // so one suite's garbage does not land in the next one's ratios.
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', f], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = child.stdout ?? '';
  const at = out.lastIndexOf(MARK);
  process.stdout.write(at >= 0 ? out.slice(0, at) : out);
  if (child.status !== 0 || at < 0) {
    failed++;
    process.stdout.write(`  ✗ ${suite} could not run (exit ${child.status ?? child.signal})\n`);
    continue;
  }
  for (const fig of JSON.parse(out.slice(at + MARK.length)) as BenchFigure[]) {
    rows.push({ ...fig, suite });
    process.stdout.write(`  ${fig.ok ? '✓' : '✗'} ${fig.figure}: ${shown(fig)} (target ${fig.target})\n`);
  }
}
const bad = rows.filter((r) => !r.ok);
process.stdout.write(`\n${rows.length} figures, ${bad.length} off target, ${failed} suites failed to run\n`);
process.stdout.write('\n| suite | figure | value | target | ok |\n|---|---|---|---|---|\n');
for (const r of rows)
  process.stdout.write(`| ${r.suite} | ${r.figure} | ${shown(r)} | ${r.target} | ${r.ok ? 'yes' : 'NO'} |\n`);
process.exit(bad.length || failed ? 1 : 0);
