import { randomUUID } from 'node:crypto';
import { createAppAuth } from '../adapters/auth/AppAuth';
import { createGraphClient } from '../adapters/graph/createGraphClient';
import { createGraphServicePorts } from '../adapters/graph/service/GraphServicePorts';
import type { ServicePorts } from '../core/ports/ServicePorts';
import { serviceTick, type TickMemory, type TickReport } from '../core/service/serviceTick';
import type { ServiceConfig } from './serviceConfig';

/** Where "now" comes from: real time, or the emulator's advanceable clock (the workbench buttons). */
export type ServiceClock = () => Promise<Date>;

export function emulatorClock(url: string, doFetch: typeof fetch = fetch): ServiceClock {
  return async () => {
    const r = await doFetch(url);
    if (!r.ok) throw new Error(`clock ${r.status}`);
    return new Date(((await r.json()) as { now: string }).now);
  };
}

export interface RunnerHandle {
  instanceId: string;
  stop(): Promise<void>;
  /** Runs one tick now (tests, and the loop itself). */
  tick(): Promise<TickReport>;
}

export interface RunnerOptions {
  config: ServiceConfig;
  ports?: ServicePorts;
  clock?: ServiceClock;
  log?: (line: string) => void;
  /** Do not tick on a timer: the caller calls tick() (tests, an Azure Functions timer trigger). */
  manual?: boolean;
}

/** The app-only Graph ports of the config (msal-node client credentials, our middleware chain). */
export function graphPortsFor(config: ServiceConfig): ServicePorts {
  const auth = createAppAuth({
    tenantId: config.tenantId,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    ...(config.identityOrigin ? { identityOrigin: config.identityOrigin } : {}),
  });
  return createGraphServicePorts(createGraphClient({ baseUrl: config.graphUrl, auth, maxInFlight: 4 }));
}

/**
 * One service instance: a tick every `tickMs` of real time, judged at the clock's "now". Nothing but the
 * delta tokens lives here; kill it at any point and a new one carries on from what Graph holds.
 */
export function startRunner(o: RunnerOptions): RunnerHandle {
  const { config } = o;
  const ports = o.ports ?? graphPortsFor(config);
  const clock = o.clock ?? (config.clockUrl ? emulatorClock(config.clockUrl) : async () => new Date());
  const log = o.log ?? (() => undefined);
  const instanceId = `${config.shardIndex}.${randomUUID().slice(0, 8)}`;
  const memory: TickMemory = { tokens: new Map() };
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const tick = async (): Promise<TickReport> => {
    const now = await clock();
    const report = await serviceTick(
      {
        ports,
        policy: config.policy,
        sp: config.service,
        instanceId,
        shard: { index: config.shardIndex, count: config.shardCount },
        now: () => now,
        clockEveryMs: config.clockUrl ? 0 : config.clockEveryMs,
      },
      memory,
    );
    for (const { key, outcome } of report.outcomes)
      if (outcome.kind !== 'already' && outcome.kind !== 'held')
        log(`${report.at} ${outcome.kind}${outcome.kind === 'sent' ? ` (${outcome.channel})` : ''} ${key}`);
    for (const e of report.errors) log(`${report.at} graph: ${e.kind} ${e.detail ?? ''}`.trim());
    return report;
  };
  const loop = () => {
    if (stopped) return;
    running = tick()
      .catch((e: unknown) => log(`tick failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, config.tickMs);
      });
  };
  if (!o.manual) loop();
  return {
    instanceId,
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
