// Issue 11, item 2: the organizer picks the meeting's Planner plan on the tab's configuration page (in the
// simulated Teams meeting, web/teams.html?page=config), the meeting runs with a guest and a member whose UPN is
// not their mail among the owners, and every action item lands in that plan, assigned to the right people.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_GUEST, SEED_ORGANIZER, SEED_UPN_DIFFERS } from '../../src/emulator/seed/seedPeople';
import { SEED_MEETING_IDS } from '../../src/emulator/seed/seedMeetings';
import { SEED_IDS } from '../../src/emulator/seed/seedState';
import { EXPAND_MEETING_RECORD } from '../../src/adapters/graph/GraphCalendar';
import { planCatalog } from '../../src/core/i18n/catalogs/planCatalog';
import { provided } from './helpers/provided';
import { addActionItem, attendeeFrame, emulatorCall, openTeamsBrowser, ready } from './helpers/teamsMeeting';

const PLAN_EN = planCatalog['en-US'];
const ORG = SEED_ORGANIZER.mail;
const EVENT = SEED_MEETING_IDS.enPipeline;
const CHAT = SEED_MEETING_IDS.enPipelineChat;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let appUrl: string;
let graphUrl: string;
let fluidUrl: string;
const pageErrors: string[] = [];

const resetEmulator = () => fetch(`${graphUrl}/_emu/reset`, { method: 'POST' });

beforeAll(async () => {
  appUrl = provided('appUrl', 'MG_APP_URL');
  graphUrl = provided('graphUrl', 'MG_GRAPH_URL');
  fluidUrl = provided('fluidUrl', 'MG_FLUID_URL');
  await resetEmulator();
  ({ browser, context, page } = await openTeamsBrowser(pageErrors));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  // The other suites expect the seed as it was (this one wrote a plan into the meeting record).
  if (graphUrl) await resetEmulator();
});

type Attendee = { type: string; emailAddress: { address: string; name: string } };
type Task = { title: string; planId: string; assignments: Record<string, unknown> };

/** Meeting Guard's record on the organizer's event (one open extension, JSON in `payload`). */
async function meetingRecord(): Promise<Record<string, unknown>> {
  const ev = await emulatorCall<{ extensions?: Array<{ payload?: string }> }>(
    graphUrl,
    `/v1.0/me/events/${EVENT}?${EXPAND_MEETING_RECORD}`,
    ORG,
  );
  return JSON.parse(ev.extensions?.[0]?.payload ?? '{}') as Record<string, unknown>;
}

const workbench = (meeting: string, extra: Record<string, string> = {}) =>
  `${appUrl}/teams.html?${new URLSearchParams({ fluid: fluidUrl, lang: 'en-US', meeting, chat: CHAT, att: 'emily.carter@contoso.com', ...extra })}`;

describe('a real destination choice for action items', () => {
  it('the organizer picks (creates) a plan on the configuration page; a guest and a UPN-differs owner both land in it', async () => {
    // The meeting invites a B2B guest and a member who signs in with a UPN that is not their mail.
    const ev = await emulatorCall<{ attendees: Attendee[] }>(graphUrl, `/v1.0/me/events/${EVENT}`, ORG);
    const attendees: Attendee[] = [
      ...ev.attendees,
      { type: 'required', emailAddress: { address: SEED_GUEST.mail, name: SEED_GUEST.displayName } },
      {
        type: 'required',
        emailAddress: { address: SEED_UPN_DIFFERS.mail, name: SEED_UPN_DIFFERS.displayName },
      },
    ];
    await emulatorCall(graphUrl, `/v1.0/me/events/${EVENT}`, ORG, { method: 'PATCH', body: { attendees } });

    // Before a plan is picked, the meeting app says so in the Before view (the organizer may pick one there).
    await page.goto(workbench(`e2e-noplan-${Date.now()}`, { plan: 'none' }));
    await Promise.all([ready(attendeeFrame(page, 0)), ready(attendeeFrame(page, 1))]);
    await expect
      .poll(() => attendeeFrame(page, 0).getByTestId('plan-notice').innerText(), { timeout: 30_000 })
      .toContain('No Planner plan is chosen for this meeting.');
    // The attendee cannot pick: the whole notice, asking the organizer (no picker button).
    expect(await attendeeFrame(page, 1).getByTestId('plan-notice').innerText()).toBe(
      `${PLAN_EN['plan.notice']} ${PLAN_EN['plan.noticeAsk']}`,
    );
    // The organizer picks one right in the notice: it goes into the meeting record and the tab's content URL.
    const noPlan = attendeeFrame(page, 0);
    await noPlan.getByRole('button', { name: 'Pick a plan' }).click();
    const inNotice = noPlan.getByTestId('plan-notice').getByLabel('Planner plan for action items');
    await expect
      .poll(() => inNotice.locator('option').allInnerTexts(), { timeout: 30_000 })
      .toContain('Sales & Ops follow-ups (Sales & Ops)');
    await inNotice.selectOption({ label: 'Sales & Ops follow-ups (Sales & Ops)' });
    await noPlan.getByRole('button', { name: 'Use this plan' }).click();
    await expect
      .poll(() => noPlan.getByTestId('plan-notice').innerText())
      .toBe('Action items will go to the plan “Sales & Ops follow-ups”.');
    expect((await meetingRecord()).plan).toMatchObject({
      planId: SEED_IDS.salesPlan,
      groupId: SEED_IDS.salesGroup,
    });
    // An attendee's tab, reloaded, carries the plan (their copy of the event has no record of ours).
    await page.reload();
    await ready(attendeeFrame(page, 1));
    expect(
      page
        .frames()
        .find((f) => f.name() === 'attendee-1')
        ?.url(),
    ).toContain(`plan=${SEED_IDS.salesPlan}`);
    // Only once the meeting has loaded would the notice show (it did above, before the pick).
    await expect
      .poll(() => attendeeFrame(page, 1).getByTestId('agenda').locator('li').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await attendeeFrame(page, 1).getByTestId('plan-notice').count()).toBe(0);

    // The configuration page: the organizer creates a plan in one of their groups and saves the tab.
    const meeting = `e2e-plan-${Date.now()}`;
    await page.goto(workbench(meeting, { page: 'config' }));
    const cfg = attendeeFrame(page, 0);
    await ready(cfg);
    const planSelect = cfg.getByLabel('Planner plan for action items');
    await expect
      .poll(() => planSelect.locator('option').allInnerTexts(), { timeout: 30_000 })
      .toContain('Sales & Ops follow-ups (Sales & Ops)');
    await planSelect.selectOption('__new__');
    // Only Microsoft 365 groups can hold a plan: the security group and the directory role in /me/memberOf are left out.
    expect(await cfg.getByLabel('Group for the new plan').locator('option').allInnerTexts()).toEqual(
      expect.arrayContaining(['Sales & Ops']),
    );
    expect(await cfg.getByLabel('Group for the new plan').locator('option').count()).toBe(2);
    await cfg.getByLabel('Group for the new plan').selectOption({ label: 'Sales & Ops' });
    await cfg.getByLabel('Name of the new plan').fill('Pipeline review actions');
    await cfg.getByRole('button', { name: 'Create plan' }).click();
    await expect.poll(() => cfg.getByText('Plan “Pipeline review actions” created.').count()).toBe(1);
    const plans = await emulatorCall<{ value: Array<{ id: string; title: string }> }>(
      graphUrl,
      `/v1.0/groups/${SEED_IDS.salesGroup}/planner/plans`,
      ORG,
    );
    const plan = plans.value.find((p) => p.title === 'Pipeline review actions');
    expect(plan).toBeDefined();
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect.poll(() => page.locator('output.saved').first().innerText()).toContain(`plan=${plan!.id}`);
    const saved = JSON.parse(await page.locator('output.saved').first().innerText()) as {
      contentUrl: string;
      entityId: string;
    };
    expect(new URL(saved.contentUrl).searchParams.get('group')).toBe(SEED_IDS.salesGroup);
    expect(saved.entityId).toBe(`meetingguard-${plan!.id}`);
    // …and in the meeting record on the organizer's event.
    expect((await meetingRecord()).plan).toMatchObject({ planId: plan!.id, groupId: SEED_IDS.salesGroup });

    // The meeting runs with the saved tab: no plan notice; two owners: the guest and the UPN-differs member.
    await page.goto(workbench(meeting));
    const o = attendeeFrame(page, 0);
    await Promise.all([ready(o), ready(attendeeFrame(page, 1))]);
    expect(
      page
        .frames()
        .find((f) => f.name() === 'attendee-0')
        ?.url(),
    ).toContain(`plan=${plan!.id}`);
    await expect
      .poll(() => o.getByTestId('agenda').locator('li').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await o.getByTestId('plan-notice').count()).toBe(0);
    await o.getByRole('button', { name: 'Start meeting' }).click();
    await o.getByTestId('item-timer').waitFor();
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await addActionItem(o, 1, {
      owner: /Anna Schmidt/,
      task: 'Send the partner price list',
      acceptance: 'Sales has it',
      due,
    });
    await addActionItem(o, 2, {
      owner: /Li Wei/,
      task: 'Size the pipeline backlog',
      acceptance: 'Numbers in the plan',
      due,
    });
    await o.getByRole('button', { name: 'Close meeting' }).click();
    await o.getByRole('button', { name: 'End meeting' }).click();
    await o.getByRole('button', { name: 'Send 2 action items to Planner' }).click();
    await expect
      .poll(() => o.getByTestId('sync-progress').innerText(), { timeout: 60_000 })
      .toBe('2 of 2 done');

    const tasks = await emulatorCall<{ value: Task[] }>(
      graphUrl,
      `/v1.0/planner/plans/${plan!.id}/tasks`,
      ORG,
    );
    const assigned = (title: string) =>
      tasks.value.filter((t) => t.title.includes(title)).map((t) => Object.keys(t.assignments));
    expect(tasks.value).toHaveLength(2);
    expect(assigned('Send the partner price list')).toEqual([[SEED_GUEST.id]]);
    expect(assigned('Size the pipeline backlog')).toEqual([[SEED_UPN_DIFFERS.id]]);
    expect(pageErrors).toEqual([]);
  }, 360_000);
});
