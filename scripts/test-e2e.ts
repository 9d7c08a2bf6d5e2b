// Browser suites. They need Debian's chromium (.ci/run installs it); without it they fail loudly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  process.stderr.write(`e2e: ${chromium} not found. Install it: apt-get update && apt-get install -y chromium\n`);
  process.exit(1);
}
const run = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
