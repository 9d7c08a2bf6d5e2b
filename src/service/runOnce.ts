/**
 * One tick for a timer host (Azure Functions timer trigger, a Kubernetes CronJob): build the runner from the
 * environment on first use, keep it while the host instance is warm (its delta tokens are an optimisation;
 * a cold start re-reads the audit window and the claims keep every message to once), run one tick.
 *
 *   // Azure Functions (Node v4 model), functions/followup.ts:
 *   import { app } from '@azure/functions';
 *   import { runOnce } from '../src/service/runOnce';
 *   app.timer('followup', { schedule: '0 * * * * *', handler: async () => void (await runOnce(process.env)) });
 */
import { readServiceConfig, type Env } from './serviceConfig';
import { startRunner, type RunnerHandle } from './ServiceRunner';
import type { TickReport } from '../core/service/serviceTick';

let runner: RunnerHandle | null = null;

export async function runOnce(env: Env, policyJson?: string): Promise<TickReport> {
  runner ??= startRunner({ config: readServiceConfig(env, policyJson ?? env.MG_POLICY_JSON), manual: true });
  return runner.tick();
}
