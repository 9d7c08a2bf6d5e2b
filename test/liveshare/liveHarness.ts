// Shared by the Live Share suites that run against a real local Fluid service (tinylicious).
import { createServer } from 'node:net';
import { InsecureTokenProvider } from '@fluidframework/test-client-utils';
import { afterAll, beforeAll } from 'vitest';
import { startFluid, type FluidService } from '../../scripts/startFluid';
import type { MeetingRunState } from '../../src/core/meeting/MeetingRun';
import type { LiveStatePort } from '../../src/core/ports/LiveStatePort';
import type { AzureLocalConnectionConfig } from '@fluidframework/azure-client';

export async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });
}

export function localConnection(endpoint: string, user: string): AzureLocalConnectionConfig {
  return {
    type: 'local',
    endpoint,
    tokenProvider: new InsecureTokenProvider('', { id: user, name: user } as { id: string }),
  };
}

export function until(c: LiveStatePort, pred: (s: MeetingRunState) => boolean): Promise<MeetingRunState> {
  if (pred(c.state())) return Promise.resolve(c.state());
  return new Promise((res) => {
    const off = c.subscribe((s) => {
      if (pred(s)) {
        off();
        res(s);
      }
    });
  });
}

export const items = [
  { title: 'Status', minutes: 10, kind: 'info' as const },
  { title: 'Decide', minutes: 20, kind: 'decide' as const },
];

/** Starts one Fluid service for the file's suites; ports pushed to `open` are disposed at the end. */
export function fluidSuite(): { url: () => string; open: LiveStatePort[] } {
  let fluid: FluidService | undefined;
  const open: LiveStatePort[] = [];
  beforeAll(async () => {
    fluid = await startFluid({ port: await freePort() });
  }, 30_000);
  afterAll(async () => {
    for (const c of open) c.dispose();
    await fluid?.close();
  });
  return {
    url: () => {
      if (!fluid) throw new Error('Fluid service not started');
      return fluid.url;
    },
    open,
  };
}
