// office.js as Microsoft requires it: the built task pane names the CDN script in <head> before any app
// script; the workbench's server swaps in a local stand-in (offline here, and the real one would blank
// the workbench's iframe), so the pane never waits on the network. Teams pages never load office.js.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE_JS_CDN } from '../../src/adapters/office/officeBootstrap';
import { OFFICE_JS_SHIM_PATH } from '../../src/adapters/fakes/office/officeJsShim';
import { openOfflineContext } from './helpers/chromium';
import { provided } from './helpers/provided';
import { openOutlookWorkbench } from './helpers/workbench';

const dist = resolve(import.meta.dirname, '../../dist/app');

/** Every <script> of a built page, in document order, with the element it sits in. */
function scripts(page: string): Array<{ src: string; parent: string; type: string }> {
  const out: Array<{ src: string; parent: string; type: string }> = [];
  const walk = (nodes: unknown[], parent: string) => {
    for (const n of nodes as Element[]) {
      if (n.type === 'script' || n.name === 'script')
        out.push({ src: n.attribs?.src ?? '(inline)', parent, type: n.attribs?.type ?? 'classic' });
      if (n.children) walk(n.children, n.name ?? parent);
    }
  };
  walk(parseDocument(readFileSync(resolve(dist, page), 'utf8')).children, '');
  return out;
}

let browser: Browser;
let context: BrowserContext;
let appUrl: string;
const cdnRequests: string[] = [];

beforeAll(async () => {
  appUrl = provided('appUrl', 'MG_APP_URL');
  ({ browser, context } = await openOfflineContext());
  context.on('request', (r) => {
    if (r.url().includes('appsforoffice.microsoft.com')) cdnRequests.push(r.url());
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('office.js', () => {
  it('the built taskpane.html loads office.js from the CDN in <head>, before any app script', () => {
    const all = scripts('taskpane.html');
    expect(all[0]).toEqual({ src: OFFICE_JS_CDN, parent: 'head', type: 'classic' });
    expect(all.filter((s) => s.src === OFFICE_JS_CDN)).toHaveLength(1);
    expect(all.slice(1).some((s) => s.type === 'module')).toBe(true);
  });

  it.each(['meeting.html', 'config.html', 'followup.html', 'teams.html', 'auth-redirect.html'])(
    '%s never loads office.js',
    (page) => {
      const html = readFileSync(resolve(dist, page), 'utf8');
      expect(html).not.toContain('appsforoffice');
      expect(scripts(page).map((s) => s.src)).not.toContain(OFFICE_JS_CDN);
    },
  );

  it('in the workbench the pane gets the local stand-in, takes the fake Outlook host and checks the invite', async () => {
    const page: Page = await context.newPage();
    const shim = page.waitForRequest((r) => r.url().endsWith(OFFICE_JS_SHIM_PATH));
    const pane = await openOutlookWorkbench(page, appUrl, { preset: 'en-good' });
    await shim;
    expect(await pane.locator('[data-testid=headline]').count()).toBe(1);
    expect(cdnRequests).toEqual([]);
    await page.close();
  });

  it('opened on its own, the pane says it belongs in Outlook instead of waiting for a host', async () => {
    const page = await context.newPage();
    await page.goto(`${appUrl}/taskpane.html?lang=en-US`);
    await page.locator('h1').waitFor({ timeout: 15_000 });
    expect(await page.locator('main').innerText()).toContain('Outlook');
    expect(cdnRequests).toEqual([]);
    await page.close();
  });

  it('a Teams page makes no office.js request and has no Office global', async () => {
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => {
      if (/office\.js/.test(r.url())) asked.push(r.url());
    });
    await page.goto(`${appUrl}/teams.html?lang=en-US&meeting=officejs-${Date.now()}`);
    const frame = page.frameLocator('iframe[name="attendee-0"]');
    await frame.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 90_000 });
    const f = await (await page.locator('iframe[name="attendee-0"]').elementHandle())?.contentFrame();
    expect(await f?.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('undefined');
    expect(asked).toEqual([]);
    await page.close();
  });
});
