// What a person sees: the workbench's simulated Outlook form driving the BUILT task pane and send guard.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
    expect(await pane.getByTestId('when').textContent()).toMatch(/\(Asia\/Shanghai\)/);
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
    expect(await pane.getByTestId('headline').textContent()).toMatch(/Blocked/);
    await expect.poll(() => page.getByTestId('info-bar').count()).toBe(1);

    await page.getByTestId('send').click();
    const dialog = page.getByTestId('smart-alert');
    await dialog.waitFor({ timeout: 10_000 });
    expect((await dialog.textContent())?.length).toBeGreaterThan(10);
    await dialog.getByRole('button', { name: 'Don’t send' }).click();
    await expect.poll(() => page.getByTestId('send-status').textContent()).toMatch(/Not sent/);

    expect(await pane.getByTestId('slots-basis').textContent()).toMatch(/Policy only/);
    await pane.locator('[data-slot]').first().click();
    await waitForRules(pane, (r) => !r.includes('slot.blocked'), 'the move to clear the block');
    await expect.poll(() => page.getByTestId('info-bar').count()).toBe(0);
    await page.getByTestId('send').click();
    await expect.poll(() => page.getByTestId('send-status').textContent(), { timeout: 10_000 }).toMatch(/Sent/);
  });

  it('signing in checks attendees’ calendars (workbench: the Graph emulator through getSchedule)', async () => {
    const config = await fetch(`${server.url}/workbench-config.json`).then((r) => (r.ok ? r.json() : null), () => null);
    if (!config) return; // a bare static server has no emulator behind it; globalSetup provides one
    const pane = await openOutlookWorkbench(page, server.url, { preset: 'en-bad' });
    await waitForRules(pane, (r) => r.includes('slot.blocked'), 'Friday afternoon to be blocked');
    expect(await pane.getByTestId('slots-basis').textContent()).toMatch(/Policy only/);
    await pane.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => pane.getByTestId('slots-basis').textContent(), { timeout: 15_000 }).toMatch(/attendees’ calendars/);
    expect(await pane.locator('[data-slot]').count()).toBeGreaterThan(0);
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
