// Signing in as in a tenant: the Teams pages run under the fake Teams host with MSAL, no emulator user.
// The host brokers nested-app-auth tokens like Teams (teams-js installs window.nestedAppAuthBridge only
// once app.initialize() has completed), so a page that creates MSAL before initialising teams-js gets
// the popup flow instead and shows a sign-in error. The tokens are the Graph emulator's own.
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOfflineContext } from './helpers/chromium';
import { paneCatalog } from '../../src/core/i18n/catalogs/paneCatalog';
import { provided } from './helpers/provided';
import { paneFrame } from './helpers/workbench';

let browser: Browser;
let context: BrowserContext;
let appUrl: string;
const popups: string[] = [];

beforeAll(async () => {
  appUrl = provided('appUrl', 'MG_APP_URL');
  const fluidUrl = provided('fluidUrl', 'MG_FLUID_URL');
  ({ browser, context } = await openOfflineContext({ width: 1500, height: 1000 }));
  // A tenant deployment: a client id and a single tenant in app-config.json, no emulator user.
  await context.route('**/app-config.json', (r) =>
    r.fulfill({
      json: {
        clientId: '5b0c7b2e-1111-4c2a-9d3e-0123456789ab',
        tenantId: 'contoso.onmicrosoft.com',
        graphBaseUrl: '/graph/v1.0',
      },
    }),
  );
  await context.route('**/workbench-config.json', (r) =>
    r.fulfill({ json: { graphBaseUrl: '/graph/v1.0', fluidUrl } }),
  );
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** The organizer's fake host's message log: what the page asked Teams, in order. */
const hostLog = (page: Page): Promise<string[]> =>
  page.evaluate(
    () =>
      (window as unknown as { teamsWorkbench: { hosts: Array<{ log: string[] }> } }).teamsWorkbench.hosts[0]!
        .log,
  );

async function open(query: string): Promise<{ page: Page; frame: Frame }> {
  const page = await context.newPage();
  // Any window the app opens (an MSAL popup) is a popup of this page.
  page.on('popup', (p) => popups.push(p.url()));
  await page.goto(`${appUrl}/teams.html?auth=naa&lang=en-US&meeting=naa-${Date.now()}&${query}`);
  const frame = await (await page.locator('iframe[name="attendee-0"]').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no attendee frame');
  return { page, frame };
}

function expectInitializedBeforeAuth(log: string[]): void {
  const init = log.indexOf('initialize');
  const naa = log.indexOf('nestedAppAuth.execute');
  expect(init).toBeGreaterThanOrEqual(0);
  expect(naa, `the page never asked the host for a token: ${log.join(', ')}`).toBeGreaterThan(init);
}

describe('nested app auth in the fake Teams host', () => {
  it('follow-up tab: teams-js initialised before MSAL, tasks load with the brokered token, no popup', async () => {
    const { page, frame } = await open('page=followup');
    await frame.locator('body[data-loaded]').waitFor({ state: 'attached', timeout: 60_000 });
    expect(await frame.locator('body').getAttribute('data-loaded')).toBe('ok');
    expect(
      await frame.evaluate(() => typeof (window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge),
    ).toBe('object');
    expectInitializedBeforeAuth(await hostLog(page));
    expect(popups).toEqual([]);
    await page.close();
  });

  it('meeting side panel: the same order, and the meeting is found through Graph as the Teams user', async () => {
    const { page, frame } = await open('page=meeting');
    await frame.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 90_000 });
    expectInitializedBeforeAuth(await hostLog(page));
    // The seeded zh launch meeting, found through the chat with the organizer's brokered token.
    await expect
      .poll(() => frame.getByTestId('goal').innerText(), { timeout: 30_000 })
      .toBe('确定 Q3 新品发布时间表及各部门交付物');
    expect(popups).toEqual([]);
    await page.close();
  });

  it("Outlook pane: checking calendars signs in through Outlook's broker as the getAuthContext user, not the mailbox", async () => {
    const EN = paneCatalog['en-US'];
    const page = await context.newPage();
    page.on('popup', (p) => popups.push(p.url()));
    // The mailbox is jordan.lee@contoso.example (not an emulator user); Outlook signed in chen.jing@contoso.com.
    await page.goto(
      `${appUrl}/outlook.html?preset=en-bad&lang=en-US&paneLang=en-US&upn=chen.jing%40contoso.com`,
    );
    const pane = await paneFrame(page);
    expect(
      await pane.evaluate(() => typeof (window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge),
    ).toBe('object');
    // One attendee Graph can resolve (a seeded person): the preset's own are outside the directory, and
    // getSchedule answers an error for each of those, as Graph does for an unknown address.
    await page.getByTestId('attendee-input').fill('Emily Carter <emily.carter@contoso.com>');
    await page.getByTestId('attendee-input').press('Enter');
    await pane.getByRole('button', { name: EN['slots.signIn'] }).click();
    await expect
      .poll(() => pane.getByTestId('slots-basis').textContent(), { timeout: 20_000 })
      .toBe(EN['slots.withCalendars']);
    expect(await pane.getByText(EN['slots.calendarsFailed']).count()).toBe(0);
    expect(popups).toEqual([]);
    await page.close();
  });

  it('the popup fallback has its redirect page: auth-redirect.html runs the MSAL redirect bridge', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${appUrl}/auth-redirect.html`);
    // Opened without a sign-in response, the bridge rejects and the page says what the window is for.
    await expect.poll(() => page.locator('body').innerText()).toContain('only used during sign-in');
    expect(await page.title()).toBe('Microsoft Authentication');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('configuration page: the same order', async () => {
    const { page, frame } = await open('page=config');
    await frame.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    expectInitializedBeforeAuth(await hostLog(page));
    expect(popups).toEqual([]);
    await page.close();
  });
});
