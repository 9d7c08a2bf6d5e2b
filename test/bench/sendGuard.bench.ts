// Send guard: the single-file handler classic Outlook loads for every appointment send.
// Figures: its gzip size (budget 40 KB) and the time to load it into a fresh JS-only context plus
// answer one send, as a share of the 5 s after which Outlook says "taking longer" (target ≤ 1 %).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { appointmentAt, buildSendGuard, loadInVm, nextWeekday, send } from '../runtime/sendGuardHarness';
import type { BenchFigure } from './BenchFigure';

const BUDGET_KB = 40;
const SEND_LIMIT_MS = 5000;
const RUNS = 25;

/** MG_DIST_DIR's built file when given; otherwise a fresh build, as dist/ may predate the sources. */
async function bundle(): Promise<string> {
  const built = process.env.MG_DIST_DIR ? resolve(process.env.MG_DIST_DIR, 'launchevent.js') : '';
  return built && existsSync(built) ? readFileSync(built, 'utf8') : (await buildSendGuard()).code;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export default async function bench(): Promise<BenchFigure[]> {
  const code = await bundle();
  const kb = Math.round((gzipSync(code).length / 1024) * 10) / 10;
  const blocked = appointmentAt(nextWeekday('monday'), '09:00', 'Asia/Shanghai');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const { host } = loadInVm(code, blocked, {
      timeZone: 'China Standard Time',
      displayLanguage: i % 2 ? 'zh-CN' : 'en-US',
    });
    const [answer] = await send(host);
    // send() waits 5 ms for a second completed() call; that wait is the harness's, not the guard's.
    times.push(performance.now() - t0 - 5);
    if (answer?.allowEvent !== false) throw new Error('the guard let a Monday-morning meeting through');
  }
  // Best of N: on a shared, oversubscribed machine noise only ever adds time; the median goes to stdout.
  const pct = Math.round((Math.min(...times) / SEND_LIMIT_MS) * 100 * 100) / 100;
  process.stdout.write(
    `  send guard load + verdict: best ${Math.min(...times).toFixed(1)} ms, median ${median(times).toFixed(1)} ms of ${RUNS}\n`,
  );
  return [
    {
      figure: 'send guard size (gzip)',
      value: kb,
      unit: 'KB',
      target: `≤ ${BUDGET_KB} KB`,
      ok: kb <= BUDGET_KB,
    },
    {
      figure: `send guard load + verdict in node:vm (best of ${RUNS}) vs Outlook's 5 s`,
      value: pct,
      unit: '%',
      target: '≤ 1 %',
      ok: pct <= 1,
    },
  ];
}
