// Starts a local Fluid service (tinylicious) for the Teams workbench, the Live Share tests and the
// benchmark. Live Share's TestLiveShareHost and our fake Teams host both point at localhost:7070.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface FluidService {
  url: string;
  close(): Promise<void>;
}

async function up(url: string): Promise<boolean> {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return r.status === 200;
  } catch {
    return false;
  }
}

/**
 * Spawns tinylicious on `port` with its snapshots in a fresh temp folder and resolves once GET /
 * answers 200. If something already answers there (a service started by `npm start`), that one is
 * reused and close() leaves it running.
 */
export async function startFluid({
  port = 7070,
  timeoutMs = 60_000,
}: { port?: number; timeoutMs?: number } = {}): Promise<FluidService> {
  const url = `http://localhost:${port}`;
  if (await up(url)) return { url, close: async () => {} };
  const storage = mkdtempSync(join(tmpdir(), 'mg-fluid-'));
  const bin = resolve(import.meta.dirname, '../node_modules/tinylicious/dist/index.js');
  const child = spawn(process.execPath, [bin], {
    env: { ...process.env, PORT: String(port), storage, logger__level: 'error' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  const close = async (): Promise<void> => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(storage, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await up(url)) return { url, close };
    await new Promise((r) => setTimeout(r, 150));
  }
  await close();
  throw new Error(`tinylicious did not start on port ${port}: ${stderr.trim() || 'no answer'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 7070);
  const svc = await startFluid({ port });
  process.stdout.write(`Fluid service (tinylicious) at ${svc.url}\n`);
  const stop = (): void => void svc.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
