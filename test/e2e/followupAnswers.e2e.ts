// Issue 12, item 5: an action item's owner opens the follow-up tab from the notification's link
// (?task=<id>) and declines with a reason; the answer lives on the Planner task (details marker + label);
// the organizer's follow-up tab shows "declined: reason" and reassigns the item. The built page, the real
// Graph adapter, the emulator.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAcceptance } from '../../src/core/followup/acceptance';
import { SEED_ORGANIZER } from '../../src/emulator/seed/seedPeople';
import { openOfflineContext } from './helpers/chromium';
import { provided } from './helpers/provided';
import { emulatorCall } from './helpers/teamsMeeting';

const TASK = 'bU2l4Mr1yN3e9Sl6WcA8Qo5Dx0Fb'; // seeded: 输出《资源需求清单》, Zhang Wei's, in the launch plan
const OWNER = 'zhang.wei@contoso.com';
const ORG = SEED_ORGANIZER.mail;

let browser: Browser;
let context: BrowserContext;
let appUrl: string;
let graphUrl: string;
const pageErrors: string[] = [];
const resetEmulator = () => fetch(`${graphUrl}/_emu/reset`, { method: 'POST' });

beforeAll(async () => {
  appUrl = provided('appUrl', 'MG_APP_URL');
  graphUrl = provided('graphUrl', 'MG_GRAPH_URL');
  await resetEmulator();
  ({ browser, context } = await openOfflineContext({ width: 1400, height: 1000 }));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  if (graphUrl) await resetEmulator();
});

async function followup(user: string, extra: Record<string, string>): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const q = new URLSearchParams({ graph: '/graph/v1.0', user, lang: 'en-US', teamsTimeout: '200', ...extra });
  await page.goto(`${appUrl}/followup.html?${q}`);
  await page.locator('body[data-loaded="ok"]').waitFor({ state: 'attached', timeout: 60_000 });
  return page;
}

type Task = {
  '@odata.etag': string;
  appliedCategories: Record<string, boolean>;
  assignments: Record<string, unknown>;
};

describe('follow-up: owner answers and the organizer acts on a decline', () => {
  it('the owner declines from the link; Planner holds the answer; the organizer sees the reason and reassigns', async () => {
    const owner = await followup(OWNER, { task: TASK });
    const item = owner.locator('[data-testid="my-item"][aria-current="true"]');
    await expect.poll(() => item.innerText()).toContain('输出《资源需求清单》');
    expect(await item.innerText()).toContain('Waiting for your answer');
    await item.getByRole('button', { name: 'Decline' }).click();
    await item.getByRole('textbox').fill('Waiting for the budget decision');
    await item.getByRole('button', { name: 'Send decline' }).click();
    await owner.getByText('Declined: the organizer will see your reason.').waitFor();
    await expect
      .poll(() => owner.locator('[data-testid="my-item"][aria-current="true"]').innerText())
      .toContain('Declined: Waiting for the budget decision');

    const details = await emulatorCall<{ description: string }>(
      graphUrl,
      `/v1.0/planner/tasks/${TASK}/details`,
      ORG,
    );
    expect(parseAcceptance(details.description)).toMatchObject({
      state: 'declined',
      reason: 'Waiting for the budget decision',
    });
    expect(
      (await emulatorCall<Task>(graphUrl, `/v1.0/planner/tasks/${TASK}`, ORG)).appliedCategories.category25,
    ).toBe(true);

    const organizer = await followup(ORG, { view: 'declined' });
    const card = organizer.getByTestId('declined-item');
    await expect.poll(() => card.innerText()).toContain('declined: Waiting for the budget decision');
    expect(await card.innerText()).toContain('张伟 (Zhang Wei)');
    const to = await card.getByRole('combobox').inputValue();
    expect(to).not.toBe('');
    await card.getByRole('button', { name: 'Reassign' }).click();
    await organizer.getByText(/^Reassigned to .*: they are asked to accept it\.$/).waitFor();
    const after = await emulatorCall<Task>(graphUrl, `/v1.0/planner/tasks/${TASK}`, ORG);
    expect(Object.keys(after.assignments)).toEqual([to]);
    expect(after.appliedCategories.category25).toBeUndefined();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
