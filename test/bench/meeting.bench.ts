// Meeting app: how fast a change by one attendee reaches another through Live Share on the local Fluid
// service (tinylicious), and what meeting.html loads before it can show anything. Live Share and Fluid
// (≈ 330 KB gzip) are loaded lazily, so they are not part of the initial figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { InsecureTokenProvider } from '@fluidframework/test-client-utils';
import { TestLiveShareHost } from '@microsoft/live-share';
import type { LiveStatePort } from '../../src/core/ports/LiveStatePort';
import { joinLiveMeeting } from '../../src/adapters/liveshare/joinLiveMeeting';
import { startFluid } from '../../scripts/startFluid';
import type { BenchFigure } from './BenchFigure';
import { initialJsGzipKb, initialScripts } from './taskpane.bench';

const CHANGES = 60;

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN) * 10) / 10;
};

async function propagation(): Promise<BenchFigure[]> {
  const fluid = await startFluid({ port: await freePort() });
  const clients: LiveStatePort[] = [];
  try {
    let containerId: string | undefined;
    const join = async (user: string) => {
      const host = TestLiveShareHost.create(
        () => containerId,
        (id) => {
          containerId = id;
        },
      );
      const r = await joinLiveMeeting({
        host,
        me: user,
        connection: {
          type: 'local',
          endpoint: fluid.url,
          tokenProvider: new InsecureTokenProvider('', { id: user, name: user } as { id: string }),
        },
      });
      if (!r.ok) throw new Error(`join failed: ${r.error.kind}`);
      clients.push(r.value);
      return r.value;
    };
    const a = await join('a@contoso.com');
    const b = await join('b@contoso.com');
    a.dispatch({ type: 'agenda.load', goal: 'G', items: [{ title: 'One', minutes: 10, kind: 'discuss' }] });
    a.dispatch({ type: 'meeting.start' });
    const seen = (n: number) =>
      new Promise<void>((res) => {
        if (b.state().decisions.length >= n) return res();
        const off = b.subscribe((s) => {
          if (s.decisions.length >= n) {
            off();
            res();
          }
        });
      });
    const times: number[] = [];
    for (let i = 1; i <= CHANGES; i++) {
      const t0 = performance.now();
      a.dispatch({ type: 'decision.add', id: `d${i}`, text: `Decision ${i}` });
      await seen(i);
      times.push(performance.now() - t0);
    }
    const warm = times.slice(10);
    const t0 = performance.now();
    const late = await join('c@contoso.com');
    const restored = late.state().decisions.length;
    const lateMs = Math.round(performance.now() - t0);
    const p95 = pct(warm, 95);
    return [
      {
        figure: `Live Share propagation A→B p50 (${warm.length} changes, local tinylicious)`,
        value: pct(warm, 50),
        unit: 'ms',
        target: '≤ 500 ms',
        ok: pct(warm, 50) <= 500,
      },
      {
        figure: 'Live Share propagation A→B p95',
        value: p95,
        unit: 'ms',
        target: '≤ 500 ms',
        ok: p95 <= 500,
      },
      {
        figure: `late joiner: join + full state (${restored}/${CHANGES} decisions)`,
        value: lateMs,
        unit: 'ms',
        target: '≤ 5000 ms, all restored',
        ok: lateMs <= 5000 && restored === CHANGES,
      },
    ];
  } finally {
    for (const c of clients) c.dispose();
    await fluid.close();
  }
}

/** A build made inside vitest (NODE_ENV=test) carries React's dev runtime: measure a production build instead. */
function productionDist(dir: string): { dir: string; note: string; cleanup(): void } {
  const html = readFileSync(resolve(dir, 'meeting.html'), 'utf8');
  const dev = initialScripts(html).some((f) =>
    /jsxDEV|jsx-dev-runtime/.test(readFileSync(resolve(dir, f.replace(/^\.?\//, '')), 'utf8')),
  );
  if (!dev) return { dir, note: '', cleanup: () => {} };
  const scratch = mkdtempSync(resolve(tmpdir(), 'mg-meeting-'));
  const run = spawnSync('npx', ['vite', 'build', '--outDir', scratch, '--emptyOutDir'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  if (run.status !== 0) throw new Error('dist/app is a development build and a production rebuild failed');
  return {
    dir: scratch,
    note: ', production rebuild',
    cleanup: () => rmSync(scratch, { recursive: true, force: true }),
  };
}

export default async function bench(): Promise<BenchFigure[]> {
  const built = resolve(import.meta.dirname, '../../dist/app');
  const figures = await propagation();
  if (!existsSync(resolve(built, 'meeting.html')))
    throw new Error('dist/app/meeting.html is missing: run npm run build');
  const dist = productionDist(built);
  try {
    const { kb, files } = initialJsGzipKb(dist.dir, 'meeting.html');
    figures.push({
      figure: `meeting.html initial JS (gzip, ${files.length} files${dist.note}; Live Share lazy)`,
      value: kb,
      unit: 'KB',
      target: '≤ 250 KB',
      ok: kb <= 250,
    });
  } finally {
    dist.cleanup();
  }
  return figures;
}
