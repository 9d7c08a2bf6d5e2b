import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openOfflineContext } from './chromium';

/** Chromium with one wide page for the Teams workbench (teams-js CDN aborted); page errors go to `pageErrors`. */
export async function openTeamsBrowser(
  pageErrors: string[],
): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const { browser, context } = await openOfflineContext({ width: 1600, height: 1100 });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { browser, context, page };
}

export const attendeeFrame = (page: Page, i: number): FrameLocator =>
  page.frameLocator(`iframe[name="attendee-${i}"]`);

/** The app in a frame has rendered (body[data-ready]). */
export async function ready(f: FrameLocator): Promise<void> {
  await f.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 90_000 });
}

/** The emulator, straight (no browser), as one of its users. */
export async function emulatorCall<T>(
  graphUrl: string,
  path: string,
  as: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const r = await fetch(`${graphUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer emu:${as}`, 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await r.text();
  return (text ? JSON.parse(text) : {}) as T;
}

/** Adds action item #n in the organizer's frame and waits until the table counts it complete. */
export async function addActionItem(
  o: FrameLocator,
  n: number,
  item: { owner: RegExp; task: string; acceptance: string; due: string },
): Promise<void> {
  await o.getByRole('button', { name: 'Add action item' }).click();
  await o.getByRole('combobox', { name: `Owner #${n}` }).click();
  await o.getByRole('option', { name: item.owner }).click();
  await o.getByLabel(`Task #${n}`).fill(item.task);
  await o.getByLabel(`Acceptance standard #${n}`).fill(item.acceptance);
  await o.getByLabel(`Acceptance standard #${n}`).press('Tab');
  await o.getByLabel(`Due date #${n}`).fill(item.due);
  await expect.poll(() => o.getByTestId(`action-${n}`).innerText()).toContain('Complete');
}
