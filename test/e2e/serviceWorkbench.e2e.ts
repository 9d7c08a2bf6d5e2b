// Issue 12, done-when as a person sees it: `npm start`'s follow-up service processes (the same supervisor)
// against the e2e emulator, the built workbench on its "Follow-up service" tab. An invite made without the
// send guard reaches its organizer in the feed; "Advance 1 day" yields exactly the messages a clean run of
// the same tenant and clock yields (the oracle: an in-process emulator loaded with the same state, one
// runner stepped by hand), once each, although a service process is SIGKILLed mid-advance and restarted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/core/rules/isWorkingDay';
import { localDate, shiftWorkingDays } from '../../src/core/service/localWindow';
import { ts } from '../../src/core/service/serviceText';
import { addDays } from '../../src/core/time/addDays';
import { wallToInstant } from '../../src/core/time/wallToInstant';
import { call } from '../../src/emulator/emuTestClient';
import { SEED_IDS } from '../../src/emulator/seed/seedState';
import type { EmuState } from '../../src/emulator/EmuState';
import { startEmulator } from '../../src/emulator/startEmulator';
import { SEED_ORGANIZER, seedPerson } from '../../src/emulator/seed/seedPeople';
import { startRunner } from '../../src/service/ServiceRunner';
import { startServiceProcesses, type ServiceProcesses } from '../../scripts/startService';
import { createUnguardedInvite, emulatorServiceConfig, nextMondayMorning } from '../service/serviceEmulator';
import { launchChromium } from './helpers/chromium';
import { provided } from './helpers/provided';

const SUBJECT = 'Budget sync (made without the send guard)';
const NO_TEAMS = [seedPerson('zhangWei').id]; // his 17:00 update goes by mail
const STEP = 30 * 60_000;
const ZONE = 'Asia/Shanghai'; // the zone of both owners below (China Standard Time)

/**
 * Two action items whose reminders fall on the local day the advance crosses: due in the policy's
 * due-soon lead (working days), and due the working day before (overdue). The seed's own items are
 * relative to "now" and fall wherever the weekday puts them.
 */
async function seedDueItems(
  from: Date,
  tenantId: string,
): Promise<{ day: string; working: boolean; titles: string[] }> {
  const policy = emulatorServiceConfig({ url: graphUrl, store: { state: { tenantId } } });
  let day = localDate(from.toISOString(), ZONE);
  if (Date.parse(wallToInstant(day, policy.service.morningAt, ZONE)) < from.getTime()) day = addDays(day, 1);
  const working = isWorkingDay(policy.policy, day);
  const items = [
    {
      title: 'E2E: due-soon item',
      owner: 'zhangWei',
      due: shiftWorkingDays(policy.policy, day, policy.service.dueSoonWorkingDays),
    },
    { title: 'E2E: overdue item', owner: 'organizer', due: shiftWorkingDays(policy.policy, day, -1) },
  ] as const;
  for (const it of items) {
    const r = await call({ url: graphUrl }, 'POST', '/planner/tasks', {
      body: {
        planId: SEED_IDS.launchPlan,
        bucketId: SEED_IDS.launchActions,
        title: it.title,
        dueDateTime: wallToInstant(it.due, '17:00', ZONE),
        assignments: {
          [seedPerson(it.owner).id]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' },
        },
      },
    });
    if (r.status !== 201) throw new Error(`create task: ${r.status} ${JSON.stringify(r.body)}`);
  }
  return { day, working, titles: items.map((i) => i.title) };
}

let browser: Browser;
let appUrl: string;
let graphUrl: string;
let service: ServiceProcesses | undefined;
let dir: string;
const pageErrors: string[] = [];
const log: string[] = [];

const emu = async <T>(path: string, body?: unknown): Promise<T> => {
  const r = await fetch(`${graphUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return (await r.json()) as T;
};
type Clock = { now: string; advancing: boolean; offsetMs: number };
type Outbox = { value: Array<{ channel: string; to: string; title: string; text: string }> };
const line = (m: { channel: string; to: string; title: string; text: string }) =>
  `${m.channel} → ${m.to}: ${m.title} | ${m.text}`;

beforeAll(async () => {
  appUrl = provided('appUrl', 'MG_APP_URL');
  graphUrl = provided('graphUrl', 'MG_GRAPH_URL');
  dir = mkdtempSync(join(tmpdir(), 'mg-service-e2e-'));
  await emu('/_emu/reset', {});
  browser = await launchChromium();
});
afterAll(async () => {
  await service?.stop();
  await browser?.close();
  if (graphUrl) await emu('/_emu/reset', {});
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The service tab's list as shown: channel, recipient, title, text of each message. */
async function shown(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=service-item]', (els) =>
    els.map((el) => {
      const part = (p: string) => el.querySelector(`[data-part=${p}]`)?.textContent ?? '';
      return `${el.getAttribute('data-channel')} → ${part('to')}: ${part('title')} | ${part('text')}`;
    }),
  );
}

/** The clean run: the tenant as it was before the service started, one runner, the clock stepped by hand. */
async function oracle(
  state: EmuState,
  from: number,
  to: number,
): Promise<{ sent: string[]; kinds: Set<string> }> {
  const file = join(dir, 'oracle.json');
  writeFileSync(file, JSON.stringify(state));
  const clean = await startEmulator({ dataFile: file });
  try {
    await fetch(`${clean.url}/_emu/service/no-teams-app`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userIds: NO_TEAMS }),
    });
    let t = from;
    const runner = startRunner({
      config: {
        ...emulatorServiceConfig(clean, { MG_APP_URL: `${appUrl}/followup.html` }),
        clockUrl: undefined,
        clockEveryMs: 0,
      },
      clock: async () => new Date(t),
      manual: true,
    });
    const kinds = new Set<string>();
    const tick = async () => {
      for (const o of (await runner.tick()).outcomes)
        if (o.outcome.kind === 'sent') kinds.add(o.key.split('|')[0]!);
    };
    for (; t < to; t += STEP) await tick();
    t = to;
    await tick();
    const outbox = (await (await fetch(`${clean.url}/_emu/service/outbox`)).json()) as Outbox;
    return { sent: outbox.value.map(line).sort(), kinds };
  } finally {
    await clean.close();
  }
}

describe('workbench: the follow-up service with nobody’s tab open', () => {
  it('reports an unguarded invite, then one day of messages once each, through a SIGKILL', async () => {
    await emu('/_emu/service/no-teams-app', { userIds: NO_TEAMS });
    const clock0 = await emu<Clock>('/_emu/service/clock');
    await createUnguardedInvite({ url: graphUrl }, nextMondayMorning(new Date(clock0.now)), SUBJECT);
    const { tenantId } = await emu<EmuState>('/_emu/state');
    const due = await seedDueItems(new Date(clock0.now), tenantId);
    const before = await emu<EmuState>('/_emu/state');

    service = startServiceProcesses(
      { url: graphUrl, store: { state: { tenantId: before.tenantId } } },
      2,
      (l) => log.push(l),
      appUrl,
    );
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${appUrl}/index.html?tab=service&lang=en-US`);

    // (1) The post-send audit, in the organizer's language, naming the slot the policy keeps free.
    const orgLang = SEED_ORGANIZER.preferredLanguage === 'zh-CN' ? 'zh-CN' : 'en-US';
    const title = ts(orgLang, 'audit.title.blocked', { subject: SUBJECT });
    const audit = page.locator('[data-testid=service-item]', { hasText: title });
    await audit.waitFor({ timeout: 30_000 });
    expect(await audit.getAttribute('data-channel')).toBe('feed');
    expect(await audit.locator('[data-part=to]').innerText()).toBe(SEED_ORGANIZER.displayName);
    // Its findings: the Monday-morning slot of web/public/policy.json among them (the whole text is checked
    // against the clean run below).
    expect(await audit.locator('[data-part=text]').innerText()).toMatch(/00:00-12:00/);
    expect(await page.getByText('The emulator does not answer').count()).toBe(0);

    // (2) + (3) One day, half an hour a step; instance 0 is killed (SIGKILL) a third of the way through.
    const start = await emu<Clock>('/_emu/service/clock');
    await page.getByRole('button', { name: 'Advance 1 day' }).click();
    await expect
      .poll(async () => (await emu<Clock>('/_emu/service/clock')).offsetMs - start.offsetMs, {
        timeout: 20_000,
        interval: 100,
      })
      .toBeGreaterThanOrEqual(8 * 3_600_000);
    const killed = service.pids()[0]!;
    process.kill(killed, 'SIGKILL');
    await expect.poll(() => service!.pids()[0], { timeout: 15_000 }).not.toBe(killed);
    await expect
      .poll(async () => (await emu<Clock>('/_emu/service/clock')).advancing, { timeout: 40_000 })
      .toBe(false);
    const end = await emu<Clock>('/_emu/service/clock');
    // Both instances (the restarted one too, with a full audit round) tick at the day's end, then it stays put.
    let last = '';
    let same = 0;
    for (let i = 0; i < 60 && same < 6; i++) {
      await page.waitForTimeout(500);
      const now = JSON.stringify(await shown(page));
      same = now === last ? same + 1 : 0;
      last = now;
    }
    const got = await shown(page);

    const expected = await oracle(before, Date.parse(start.now), Date.parse(end.now));
    expect(got.sort()).toEqual(expected.sent);
    expect(new Set(got).size).toBe(got.length);
    // The day really called for follow-up: the oracle is not an empty list agreeing with an idle service.
    log.push(`oracle kinds on ${due.day}: ${[...expected.kinds].sort().join(', ')}`);
    if (due.working) {
      for (const k of ['audit', 'due-soon', 'overdue', 'daily-update']) expect(expected.kinds).toContain(k);
      for (const title of due.titles) expect(got.filter((g) => g.includes(title)).length).toBeGreaterThan(0);
    }
    expect(log.some((l) => l.includes('stopped (SIGKILL)'))).toBe(true);
    expect(pageErrors).toEqual([]);
    process.stdout.write(`${log.at(-1)}\n${got.join('\n')}\n`);
  }, 90_000);
});
