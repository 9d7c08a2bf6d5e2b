// The follow-up service for `npm start`: N supervised processes (shards) against the emulator, on the
// emulator's advanceable clock. A process that dies (kill it to try) is started again and carries on
// from what Graph holds: its claims and the feed.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Emulator } from '../src/emulator/Emulator';
import { SERVICE_APP } from '../src/emulator/appTokens';
import { SEED_ORGANIZER } from '../src/emulator/seed/seedPeople';
import { SEED_IDS } from '../src/emulator/seed/seedState';

const root = resolve(import.meta.dirname, '..');

export interface ServiceProcesses {
  describe(): string;
  /** The running process of each instance (a killed one is replaced after a second). */
  pids(): (number | undefined)[];
  stop(): Promise<void>;
}

/** What the service needs of the emulator: its URL and tenant (an Emulator, or one known by URL). */
export type ServiceTarget = Pick<Emulator, 'url'> & { store: { state: { tenantId: string } } };

export function serviceEnv(
  graph: ServiceTarget,
  index: number,
  count: number,
  appOrigin = 'http://localhost:3000',
): Record<string, string> {
  return {
    MG_GRAPH_URL: `${graph.url}/v1.0`,
    MG_TENANT_ID: graph.store.state.tenantId,
    MG_CLIENT_ID: SERVICE_APP.clientId,
    MG_CLIENT_SECRET: SERVICE_APP.secret,
    MG_IDENTITY_ORIGIN: graph.url,
    MG_CLOCK_URL: `${graph.url}/_emu/service/clock`,
    MG_GROUP_ID: SEED_IDS.launchGroup,
    MG_MAIL_FROM: SEED_ORGANIZER.id,
    MG_APP_URL: `${appOrigin}/followup.html`,
    MG_POLICY_FILE: resolve(root, 'web/public/policy.json'),
    MG_SHARD_INDEX: String(index),
    MG_SHARD_COUNT: String(count),
    MG_TICK_MS: '300',
  };
}

export function startServiceProcesses(
  graph: ServiceTarget,
  count: number,
  say: (line: string) => void,
  appOrigin?: string,
): ServiceProcesses {
  const n = Math.max(1, Math.min(count, 8));
  let stopping = false;
  const children: (ChildProcess | null)[] = Array.from({ length: n }, () => null);
  const launch = (i: number) => {
    // A restart timer that fires after stop() would leave a process nobody supervises.
    if (stopping) return;
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'src/service/main.ts')], {
      cwd: root,
      env: { ...process.env, ...serviceEnv(graph, i, n, appOrigin) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children[i] = child;
    child.on('exit', (code, signal) => {
      if (stopping) return;
      say(`[service ${i}/${n}] stopped (${signal ?? code}); starting it again`);
      setTimeout(() => launch(i), 1000);
    });
  };
  for (let i = 0; i < n; i++) launch(i);
  return {
    describe: () => `${n} instance(s), pid ${children.map((c) => c?.pid ?? '?').join(', ')}`,
    pids: () => children.map((c) => c?.pid),
    async stop() {
      stopping = true;
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((done) => {
              // Killed by a signal, a child has no exit code: waiting for its exit would hang Ctrl+C.
              if (!c || c.exitCode !== null || c.signalCode !== null) return done();
              c.once('exit', () => done());
              c.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
