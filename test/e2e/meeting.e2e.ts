// A whole meeting in the simulated Teams meeting (web/teams.html): two attendees, each running the BUILT
// meeting tab under its own fake Teams host, sharing state through Live Share on the local Fluid
// service, with Graph served by the emulator (seeded zh launch meeting, its chat and plan).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_MEETING_IDS } from '../../src/emulator/seed/seedMeetings';
import { provided } from './helpers/provided';
import { addActionItem, attendeeFrame, emulatorCall, openTeamsBrowser, ready } from './helpers/teamsMeeting';

const outDir = resolve(import.meta.dirname, '../../test-results');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ORG = 'chen.jing@contoso.com';
const PLAN = 'xqQg5FS2LkCp935s-FIFm2QAFkHM';
const CHAT = SEED_MEETING_IDS.zhLaunchChat;

let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
let appUrl: string;
let graphUrl: string;
let fluidUrl: string;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  appUrl = provided('appUrl', 'MG_APP_URL');
  graphUrl = provided('graphUrl', 'MG_GRAPH_URL');
  fluidUrl = provided('fluidUrl', 'MG_FLUID_URL');
  ({ browser, context, page } = await openTeamsBrowser(pageErrors));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const org = (): FrameLocator => attendeeFrame(page, 0);
const att = (): FrameLocator => attendeeFrame(page, 1);
const frameOf = (i: number): Frame => page.frame({ name: `attendee-${i}` }) as Frame;

const graph = <T>(path: string): Promise<T> => emulatorCall<T>(graphUrl, path, ORG);

/** `iframes: false` for the workbench page: each attendee frame is checked on its own. */
async function axeSerious(frame: Frame | Page, iframes = true): Promise<string[]> {
  await frame.addScriptTag({ content: axeSource });
  const violations = await frame.evaluate(async (withFrames) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            c: unknown,
            o: unknown,
          ): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    // Tabster (Fluent's focus manager) puts aria-hidden focus sentinels at the edges of a framed document
    // so Tab can leave the iframe; they are never announced and never keep focus.
    const r = await axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'], iframes: withFrames },
    );
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      n: JSON.stringify(v.nodes.map((x) => (x as { target: unknown }).target)),
    }));
  }, iframes);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.n})`);
}

describe('Teams meeting app in the simulated meeting', () => {
  it('runs a whole meeting live for two attendees: start, advance, decide, two actions, close, minutes, Planner', async () => {
    await page.goto(
      `${appUrl}/teams.html?fluid=${encodeURIComponent(fluidUrl)}&lang=en-US&meeting=e2e-${Date.now()}`,
    );
    await Promise.all([ready(org()), ready(att())]);
    // Full texts: a fragment like "Live" would also match "Live Share could not connect".
    await expect
      .poll(() => org().getByTestId('status').innerText())
      .toContain('Live: everyone in the meeting sees the same agenda, timers and notes.');
    expect(await att().getByTestId('status').innerText()).toContain(
      'Only the organizer and presenters control the clock.',
    );
    // The event was found through the chat: its goal and agenda are loaded for both.
    await expect.poll(() => att().getByTestId('agenda').locator('li').count()).toBe(4);
    expect(await att().getByTestId('goal').innerText()).toBe('确定 Q3 新品发布时间表及各部门交付物');
    // A participant cannot start the meeting.
    expect(await att().getByRole('button', { name: 'Start meeting' }).count()).toBe(0);

    await org().getByRole('button', { name: 'Start meeting' }).click();
    await att().getByTestId('item-timer').waitFor();
    await org().getByRole('button', { name: 'Next item' }).click();
    // The first item also says 20 min, so wait for the second item itself to become current.
    await expect
      .poll(() => att().getByTestId('agenda').locator('li').nth(1).getAttribute('aria-current'))
      .toBe('step');
    expect(await att().locator('[aria-current="step"]').innerText()).toContain('20 min');

    // The speaker timer (3 minutes by default) runs for everyone.
    await org().getByRole('textbox', { name: 'Speaker' }).fill('Zhang Wei');
    await org().getByRole('button', { name: 'Start speaker (3 min)' }).click();
    await expect
      .poll(() => att().getByTestId('speaker-timer').innerText())
      .toMatch(/^Zhang Wei: 0[23]:\d\d left$/);
    await org().getByRole('button', { name: 'Stop' }).click();

    // Share to stage: only the organizer may; the stage shows the run full size, without tabs.
    expect(await att().getByRole('button', { name: 'Share to stage' }).isDisabled()).toBe(true);
    expect(await att().locator('body').innerText()).toContain(
      'Only the organizer and presenters can share to the meeting stage.',
    );
    await org().getByRole('button', { name: 'Share to stage' }).click();
    const stage = page.frameLocator('iframe[name="stage"]');
    await ready(stage);
    await expect.poll(() => stage.locator('[aria-current="step"]').innerText()).toContain('20 min');
    expect(await stage.getByRole('tablist').count()).toBe(0);
    await page.screenshot({ path: resolve(outDir, 'meeting-stage.png') });
    await org().getByRole('button', { name: 'Stop sharing' }).waitFor();
    await org().getByRole('button', { name: 'Stop sharing' }).click();
    await expect.poll(() => page.locator('iframe[name="stage"]').count()).toBe(0);
    await org().getByRole('button', { name: 'Share to stage' }).waitFor();

    // Notes from the participant reach the organizer.
    await att()
      .getByRole('textbox', { name: /What was decided/ })
      .fill('Go with option A');
    await att().getByRole('button', { name: 'Record decision' }).click();
    await att()
      .getByRole('textbox', { name: /Off-topic point/ })
      .fill('Budget for Q4 campaigns');
    await att().getByRole('button', { name: 'Park it' }).click();
    await expect.poll(() => org().getByTestId('decisions').innerText()).toContain('Go with option A');

    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await addActionItem(org(), 1, {
      owner: /Zhang Wei/,
      task: 'Draft the technical plan',
      acceptance: 'Passes internal review',
      due,
    });
    await addActionItem(org(), 2, {
      owner: /Wang Fang/,
      task: 'Confirm the launch budget',
      acceptance: 'Signed off by finance',
      due,
    });
    await expect.poll(() => att().getByTestId('actions').innerText()).toContain('2 of 2 complete');

    // Reload the participant: everything is back.
    await frameOf(1).evaluate(() => location.reload());
    await ready(att());
    await expect.poll(() => att().getByTestId('decisions').innerText()).toContain('Go with option A');
    expect(await att().getByTestId('park').innerText()).toContain('Budget for Q4 campaigns');
    expect(await att().getByTestId('actions').innerText()).toContain('2 of 2 complete');
    await page.screenshot({ path: resolve(outDir, 'meeting-during-light.png') });

    await org().getByRole('button', { name: 'Close meeting' }).click();
    await att().getByTestId('closing-review').waitFor();
    expect(await att().getByTestId('closing-review').innerText()).toContain('Draft the technical plan');
    await org().getByTestId('goal-met').getByRole('radio', { name: 'Partly' }).check();
    await org().getByTestId('goal-met').getByRole('textbox').fill('Budget still open');
    await org().getByTestId('goal-met').getByRole('button', { name: 'Save' }).click();
    for (const [i, score] of ['4', '3', '5'].entries())
      await att()
        .getByTestId('feedback')
        .getByRole('radiogroup')
        .nth(i)
        .getByRole('radio', { name: score })
        .check();
    await att().getByRole('button', { name: 'Send feedback' }).click();
    // (The organizer gave none, so their card shows no count: "not (0 so far)" there was always true.)
    await expect
      .poll(() => att().getByTestId('feedback').innerText())
      .toContain('Thanks: your feedback is in (1 so far).');
    await org().getByRole('button', { name: 'End meeting' }).click();

    // Minutes: draft in the meeting's page language, to all attendees and to the chat.
    const minutes = org().getByTestId('minutes-text');
    await minutes.waitFor();
    const text = await minutes.inputValue();
    for (const s of [
      'Go with option A',
      'Draft the technical plan — ',
      'Goal met: Partly — Budget still open',
      'Budget for Q4 campaigns',
      'Present:',
    ])
      expect(text).toContain(s);
    expect(await org().getByTestId('minutes-clock').innerText()).toMatch(/Draft: due by/);
    await org().getByRole('button', { name: 'Send to all attendees' }).click();
    await expect
      .poll(() => org().getByTestId('minutes-result').innerText(), { timeout: 30_000 })
      .toMatch(/^Sent\.( |$)/); // "Sent.", maybe then the outcomes line; a failure reads "Could not send: …"
    const mail = await graph<{
      value: Array<{ subject: string; toRecipients: Array<{ emailAddress: { address: string } }> }>;
    }>('/_emu/mail');
    const sent = mail.value.find((m) => m.subject.startsWith('Minutes: '));
    expect(sent?.toRecipients.map((r) => r.emailAddress.address)).toEqual(
      expect.arrayContaining(['zhang.wei@contoso.com', 'wang.fang@contoso.com']),
    );
    expect(await org().getByTestId('minutes-clock').innerText()).toContain('Draft: done on time');
    await org().getByRole('button', { name: 'Post to meeting chat' }).click();
    // The result line still says "Sent." from the mail: the chat itself must hold the minutes.
    await expect
      .poll(
        async () => {
          const chat = await graph<{ value: Array<{ body: { content: string } }> }>(
            `/v1.0/chats/${encodeURIComponent(CHAT)}/messages`,
          );
          return chat.value.some((m) => m.body.content.includes('Go with option A'));
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await org().getByTestId('minutes-result').innerText()).toMatch(/^Sent\./);

    // Planner: both complete actions become tasks in the meeting's plan.
    await org().getByRole('button', { name: 'Send 2 action items to Planner' }).click();
    await expect
      .poll(() => org().getByTestId('sync-progress').innerText(), { timeout: 60_000 })
      .toBe('2 of 2 done');
    const tasks = await graph<{ value: Array<{ title: string }> }>(`/v1.0/planner/plans/${PLAN}/tasks`);
    expect(tasks.value.map((t) => t.title).join('\n')).toContain('Draft the technical plan');
    expect(pageErrors).toEqual([]);
  }, 300_000);

  it('follows the host theme (light, dark, high contrast) with no serious or critical axe violations', async () => {
    const problems: string[] = [];
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      await page.getByRole('button', { name: `Theme: ${theme}` }).click();
      const want = theme === 'default' ? 'light' : theme;
      for (const i of [0, 1])
        await expect.poll(() => frameOf(i).evaluate(() => document.documentElement.dataset.theme)).toBe(want);
      await page.screenshot({ path: resolve(outDir, `meeting-after-${want}.png`) });
      for (const i of [0, 1])
        problems.push(...(await axeSerious(frameOf(i))).map((p) => `${want}/attendee-${i}: ${p}`));
    }
    problems.push(...(await axeSerious(page, false)).map((p) => `workbench: ${p}`));
    expect(problems.join('\n')).toBe('');
  }, 120_000);

  it('the tab configuration page saves the content URL through pages.config', async () => {
    await page.goto(`${appUrl}/teams.html?page=config&lang=en-US`);
    const cfg = page.frameLocator('iframe[name="attendee-0"]');
    await ready(cfg);
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect.poll(() => page.locator('output.saved').first().innerText()).toContain('meeting.html');
    expect(await page.locator('output.saved').first().innerText()).toContain(
      '"suggestedDisplayName":"Meeting Guard"',
    );
    expect(await axeSerious(frameOf(0))).toEqual([]);
  }, 120_000);

  it('outside Teams it says so and runs single-user from a pasted agenda (zh-CN)', async () => {
    const p = await context.newPage();
    await p.goto(`${appUrl}/meeting.html?lang=zh-CN&teamsTimeout=500`);
    await p.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    const status = await p.getByTestId('status').innerText();
    expect(status).toContain('当前不在 Teams 中运行');
    expect(status).toContain('单人模式');
    await p.getByRole('tab', { name: '会前' }).click();
    await p
      .getByTestId('agenda-paste')
      .fill(
        '会议目标：确定Q3发布排期\n议程：\n14:00-14:10 现状同步（市场部，输出：现状表）\n14:10-14:30 资源评估（研发总监，20分钟，输出：资源需求清单）',
      );
    await p.getByRole('button', { name: '载入议程' }).click();
    await p.getByRole('tab', { name: '会中' }).click();
    expect(await p.getByTestId('goal').innerText()).toBe('确定Q3发布排期');
    await p.getByRole('button', { name: '开始会议' }).click();
    await expect.poll(() => p.getByTestId('item-timer').innerText()).toMatch(/\/ 10:00/);
    // Single-user state survives a reload on this device.
    await p.reload();
    await p.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    await expect.poll(() => p.getByTestId('item-timer').innerText()).toMatch(/\/ 10:00/);
    expect(await axeSerious(p)).toEqual([]);
    await p.close();
  }, 120_000);
});
