// What a person sees: the workbench's simulated Outlook form driving the BUILT task pane and send guard.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { paneCatalog } from '../../src/core/i18n/catalogs/paneCatalog';
import { sendGuardCatalog } from '../../src/core/i18n/catalogs/sendGuardCatalog';
import { workbenchCatalog } from '../../src/core/i18n/catalogs/workbenchCatalog';
import { addDays, weekdayOf } from '../../src/core/time/addDays';
import { toLocal } from '../../src/core/time/toLocal';
import { launchChromium } from './helpers/chromium';
import { serveDist, type AppServer } from './helpers/serveDist';
import { openOutlookWorkbench, paneFrame, rulesIn, waitForRules } from './helpers/workbench';

const outDir = resolve(import.meta.dirname, '../../test-results');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  pageErrors.length = 0;
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

const EN = paneCatalog['en-US'];
const SEND_GUARD = sendGuardCatalog['en-US'];
const WORKBENCH = workbenchCatalog['en-US'];
/** The pane's exact en-US texts: a loose pattern would also match the fallback ("Policy only — sign in to check attendees’ calendars"). */
const PANE = {
  slots: { policyOnly: EN['slots.policyOnly'], withCalendars: EN['slots.withCalendars'], calendarsFailed: EN['slots.calendarsFailed'], signIn: EN['slots.signIn'], unread: EN['slots.unread'] },
};

/** Creates a busy event in a seeded user's emulator calendar; returns its id. */
async function emulatorEvent(user: string, startIso: string, minutes: number): Promise<string> {
  const at = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
  const r = await fetch(`${inject('graphUrl')}/v1.0/me/events`, {
    method: 'POST',
    headers: { authorization: `Bearer emu:${user}`, 'content-type': 'application/json' },
    body: JSON.stringify({ subject: 'Busy (e2e)', showAs: 'busy', start: at(Date.parse(startIso)), end: at(Date.parse(startIso) + minutes * 60_000) }),
  });
  expect(r.status).toBe(201);
  return ((await r.json()) as { id: string }).id;
}

const emulatorDelete = (user: string, id: string) =>
  fetch(`${inject('graphUrl')}/v1.0/me/events/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { authorization: `Bearer emu:${user}` } });

/** The first `weekday` at least a week ahead, in Beijing (the blank preset's zone). */
function nextBeijing(weekday: string): string {
  let date = addDays(toLocal(new Date().toISOString(), 'Asia/Shanghai').date, 7);
  while (weekdayOf(date) !== weekday) date = addDays(date, 1);
  return date;
}

async function writeInvite(body: string) {
  await page.getByTestId('subject').fill('Q3 launch review');
  for (const who of ['Alex Kim <alex@contoso.example>', 'Priya N <priya@contoso.example>', 'Sam O <sam@contoso.example>']) {
    await page.getByTestId('attendee-input').fill(who);
    await page.getByTestId('attendee-input').press('Enter');
  }
  await page.getByTestId('body').fill(body);
}

describe('task pane in the workbench Outlook form', () => {
  it('findings follow what is written in the form', async () => {
    const pane = await openOutlookWorkbench(page, server.url, { preset: 'blank' });
    expect(await rulesIn(pane)).not.toContain('goal.missing'); // nobody invited yet: not a group meeting
    await writeInvite('Goal: catch up and discuss progress');
    await waitForRules(pane, (r) => r.includes('goal.vague') && r.includes('agenda.missing'), 'the typed body to be judged');
    await page.getByTestId('body').fill('Goal: Decide the Q3 launch date');
    await waitForRules(pane, (r) => !r.includes('goal.vague') && !r.includes('goal.missing'), 'a good goal to clear the goal findings');
    await page.getByTestId('location').fill('Building 3, Room A');
    await waitForRules(pane, (r) => !r.includes('location.missing'), 'the location to count');
    // Where Outlook runs the send check is stated, collapsed, under its question.
    expect(await pane.locator('[data-testid=send-check-coverage]:not([open]) > summary').textContent()).toBe(EN['coverage.title']);
    expect(await pane.getByTestId('when').textContent()).toMatch(/^Thursday \d{4}-\d{2}-\d{2}, 10:00–10:30 \(Asia\/Shanghai\)$/);
  });

  it('each one-click fix writes into the body and its finding clears', async () => {
    const pane = await openOutlookWorkbench(page, server.url, { preset: 'blank' });
    await writeInvite('Please come.');
    await waitForRules(pane, (r) => ['goal.missing', 'agenda.missing', 'prereads.missing', 'type.missing'].every((x) => r.includes(x)), 'the four fixable findings');
    const fixes: Array<[rule: string, fix: string, text: RegExp]> = [
      ['goal.missing', 'goal', /^Goal: Decide \[what\]/m],
      ['agenda.missing', 'agenda', /^Agenda:\n.*Owner: TBD, \d+ min, Output: /m],
      ['type.missing', 'type-decision', /^Type: Decision$/m],
      ['prereads.missing', 'no-prereads', /^Pre-reads: No pre-reads$/m],
    ];
    for (const [rule, fix, text] of fixes) {
      await pane.locator(`[data-rule="${rule}"] [data-fix="${fix}"]`).click();
      await waitForRules(pane, (r) => !r.includes(rule), `${rule} to clear after the ${fix} fix`);
      await expect.poll(() => page.getByTestId('body').inputValue()).toMatch(text);
    }
    const left = await rulesIn(pane);
    expect(left.filter((r) => r?.startsWith('agenda.'))).toEqual([]);
    expect(await page.getByTestId('body').inputValue()).toContain('Please come.');
  });

  it('a Monday 09:00 send is blocked by the built send guard; a suggested slot clears it', async () => {
    const pane = await openOutlookWorkbench(page, server.url, { preset: 'zh-good' });
    await waitForRules(pane, (r) => !r.includes('slot.blocked'), 'the good sample to pass');
    await page.getByTestId('start-date').fill(nextBeijing('monday'));
    await page.getByTestId('start-time').fill('09:00');
    await waitForRules(pane, (r) => r.includes('slot.blocked'), 'Monday morning to be blocked');
    expect(await pane.getByTestId('headline').textContent()).toBe(EN['summary.blocked']);
    await expect.poll(() => page.getByTestId('info-bar').count()).toBe(1);

    await page.getByTestId('send').click();
    const dialog = page.getByTestId('smart-alert');
    await dialog.waitFor({ timeout: 10_000 });
    // The built send guard's own verdict: its title, then the blocked-slot finding.
    const message = (await dialog.locator('#smart-alert-message').textContent()) ?? '';
    expect(message.startsWith(SEND_GUARD['block.title'])).toBe(true);
    expect(message).toContain('overlaps the blocked slot');
    await dialog.getByRole('button', { name: WORKBENCH['dialog.dontSend'] }).click();
    await expect.poll(() => page.getByTestId('send-status').textContent()).toBe(WORKBENCH['dialog.cancelled']);

    expect(await pane.getByTestId('slots-basis').textContent()).toBe(PANE.slots.policyOnly);
    await pane.locator('[data-slot]').first().click();
    await waitForRules(pane, (r) => !r.includes('slot.blocked'), 'the move to clear the block');
    await expect.poll(() => page.getByTestId('info-bar').count()).toBe(0);
    await page.getByTestId('send').click();
    await expect.poll(() => page.getByTestId('send-status').textContent(), { timeout: 10_000 }).toBe(WORKBENCH['send.sent']);
  });

  it('signing in checks attendees’ calendars (workbench: the Graph emulator through getSchedule)', async () => {
    const config = await fetch(`${server.url}/workbench-config.json`).then((r) => (r.ok ? r.json() : null), () => null);
    if (!config) return; // a bare static server has no emulator behind it; globalSetup provides one
    const pane = await openOutlookWorkbench(page, server.url, { preset: 'en-bad' });
    await waitForRules(pane, (r) => r.includes('slot.blocked'), 'Friday afternoon to be blocked');
    // Emily is a seeded emulator user; the preset's own attendees are not, so only her calendar has busy times.
    await page.getByTestId('attendee-input').fill('Emily Carter <emily.carter@contoso.com>');
    await page.getByTestId('attendee-input').press('Enter');
    expect(await pane.getByTestId('slots-basis').textContent()).toBe(PANE.slots.policyOnly);
    const slotStarts = () => pane.$$eval('[data-slot]', (els) => els.map((e) => e.getAttribute('data-slot')!));
    const policyOnly = await slotStarts();
    expect(policyOnly.length).toBeGreaterThan(1);
    // Make Emily busy over the first policy-only slot (75 min, the preset's length).
    const ids = [await emulatorEvent('emily.carter@contoso.com', policyOnly[0]!, 75)];
    try {
      await pane.getByRole('button', { name: PANE.slots.signIn }).click();
      await expect.poll(() => pane.getByTestId('slots-basis').textContent(), { timeout: 15_000 }).toBe(PANE.slots.withCalendars);
      expect(await pane.getByText(PANE.slots.calendarsFailed).count()).toBe(0);
      // Graph answers the preset's own attendees (outside the directory) with an error: named, not counted free.
      const outside = ['alex.kim', 'priya.n', 'sam.okafor', 'dana.weiss'].map((n) => `${n}@contoso.example`);
      expect(await pane.getByTestId('slots-unread').textContent()).toBe(PANE.slots.unread.replace('{people}', outside.join(', ')));
      const checked = await slotStarts();
      expect(checked.length).toBe(policyOnly.length);
      expect(checked).not.toContain(policyOnly[0]);
      expect(checked.slice(0, 1)).not.toEqual(policyOnly.slice(0, 1));
    } finally {
      await Promise.all(ids.map((id) => emulatorDelete('emily.carter@contoso.com', id)));
    }
  });

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`${theme} theme: screenshot, and axe finds no serious or critical violation`, async () => {
      await openOutlookWorkbench(page, server.url, { preset: 'en-bad', theme });
      const pane = await paneFrame(page);
      await pane.locator('[data-fix]').first().waitFor();
      await page.locator('[data-testid=pane]').screenshot({ path: resolve(outDir, `taskpane-${theme}.png`) });
      await pane.addScriptTag({ content: axeSource });
      const violations = await pane.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
        const result = await axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    });
  }
});
