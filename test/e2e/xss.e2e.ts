// Every payload of the XSS corpus as an invite body (a sample also as subject, location and attendee
// names), rendered by the BUILT task pane in Chromium: nothing may run, open a dialog or leave the machine.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/chromium';
import { serveDist, type AppServer } from './helpers/serveDist';
import { openOutlookWorkbench } from './helpers/workbench';
import { loadXssPayloads } from './helpers/xssCorpus';

const payloads = loadXssPayloads();
const BATCH = 500;

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const executions: string[] = [];
const dialogs: string[] = [];
const outbound: string[] = [];
const pageErrors: string[] = [];

// Runs in every frame before any page script: whatever a payload would call to prove it ran reports here.
const TRAP = `(() => {
  const report = (how) => { try { window.__mgPwned(how + ' @ ' + location.pathname); } catch {} };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => { report(name + '(' + String(args[0]).slice(0, 60) + ')'); return null; };
  }
  Object.defineProperty(window, '__pwned', { set(v) { report('__pwned=' + String(v).slice(0, 60)); }, get() { return undefined; } });
})();`;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  context = await browser.newContext();
  await context.exposeBinding('__mgPwned', (_source, how: string) => void executions.push(how));
  await context.addInitScript({ content: TRAP });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['localhost', '127.0.0.1'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    outbound.push(url.href);
    return route.abort();
  });
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message().slice(0, 60)}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * In the workbench page: for each payload, set it on the fake Outlook item (the attachment toggle fires
 * an item event, so the pane re-checks at once) and wait for the pane to finish a check of its own.
 */
async function renderAll(list: string[], mode: 'body' | 'fields'): Promise<number> {
  return page.evaluate(
    async ({ list, mode }) => {
      const host = window.__MG_FAKE_OFFICE__!;
      const frame = document.querySelector<HTMLIFrameElement>('[data-testid=pane]')!;
      const count = () => Number(frame.contentDocument?.querySelector('[data-check-count]')?.getAttribute('data-check-count') ?? 0);
      // A MutationObserver answers as soon as the pane commits its check (requestAnimationFrame would cap
      // the suite at one payload per frame).
      const settle = (before: number) =>
        new Promise<boolean>((resolve) => {
          if (count() > before) return resolve(true);
          const doc = frame.contentDocument!;
          const done = (ok: boolean) => {
            observer.disconnect();
            clearTimeout(timer);
            resolve(ok);
          };
          const observer = new MutationObserver(() => count() > before && done(true));
          observer.observe(doc, { subtree: true, attributes: true, attributeFilter: ['data-check-count'] });
          const timer = setTimeout(() => done(count() > before), 3000);
        });
      let rendered = 0;
      for (let i = 0; i < list.length; i++) {
        const p = list[i]!;
        const before = count();
        const attachments = i % 2 ? [{ name: 'agenda.pdf' }] : [];
        if (mode === 'body') host.set({ bodyHtml: p, attachments });
        else
          host.set({
            subject: p,
            location: p,
            bodyHtml: `<p>Goal: ${p}</p><p>Agenda:</p><ol><li>${p} (Owner: ${p}, 10 min, Output: ${p})</li></ol>`,
            required: [
              { name: p, email: 'a@contoso.example' },
              { name: p, email: 'b@contoso.example' },
            ],
            optional: [{ name: p, email: `c${i}@contoso.example` }],
            attachments,
          });
        if (await settle(before)) rendered++;
      }
      return rendered;
    },
    { list, mode },
  );
}

describe('XSS corpus through the task pane', () => {
  it(`renders all ${payloads.length} payloads as bodies, and a sample in every field, without executing anything`, async () => {
    expect(payloads.length).toBeGreaterThanOrEqual(6613);
    await openOutlookWorkbench(page, server.url, { preset: 'en-bad', bare: true });
    // The trap must be live in the pane's frame, or the suite proves nothing.
    await page.frames().find((f) => f.url().includes('taskpane.html'))!.evaluate(() => alert('canary'));
    expect(executions.splice(0)).toEqual(['alert(canary) @ /taskpane.html']);

    let rendered = 0;
    for (let i = 0; i < payloads.length; i += BATCH) rendered += await renderAll(payloads.slice(i, i + BATCH), 'body');
    const sample = payloads.filter((_, i) => i % 20 === 0);
    rendered += await renderAll(sample, 'fields');

    // Almost every payload produces a fresh check; a few give an identical item, which is fine.
    expect(rendered).toBeGreaterThan((payloads.length + sample.length) * 0.95);
    const pane = page.frames().find((f) => f.url().includes('taskpane.html'))!;
    expect(await pane.locator('[data-testid=headline]').count()).toBe(1);
    expect(await pane.locator('img, iframe, object, embed, svg script, script:not([src])').count()).toBe(0);
    expect(executions).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(outbound).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 480_000);
});
