/**
 * The follow-up service: `npx tsx src/service/main.ts` (or `npm start`, which runs it against the emulator).
 * Settings come from MG_* environment variables (see serviceConfig.ts); MG_POLICY_FILE names the org policy.
 * In production this is the container's command; an Azure Functions timer trigger calls `tick()` instead.
 */
import { readFileSync } from 'node:fs';
import { readServiceConfig } from './serviceConfig';
import { startRunner } from './ServiceRunner';

const env = process.env;
let config;
try {
  config = readServiceConfig(env, env.MG_POLICY_FILE ? readFileSync(env.MG_POLICY_FILE, 'utf8') : undefined);
} catch (e) {
  process.stderr.write(`meeting-guard service: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
const runner = startRunner({
  config,
  log: (line) => process.stdout.write(`[service ${config.shardIndex}/${config.shardCount}] ${line}\n`),
});
process.stdout.write(
  `[service ${config.shardIndex}/${config.shardCount}] started (instance ${runner.instanceId}, pid ${process.pid})\n`,
);
const stop = () => void runner.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
