// Runs the time-zone-sensitive suites (core rules, readers, CLI) under several process time zones:
// a rule must judge in the meeting's zone, never the machine's.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Chatham'];
const suites = ['src/core', 'src/cli', 'test/core'];

for (const tz of zones) {
  process.stdout.write(`TZ=${tz}\n`);
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...suites], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (run.status !== 0) {
    process.stderr.write(`time-zone suites failed under TZ=${tz}\n`);
    process.exit(run.status ?? 1);
  }
}
