import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's chromium (Playwright's own download does not work here), headless, quiet on the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Chromium and one context for the built pages. teams-js fetches its valid-domain list from a CDN on
 * load, which offline only logs: that request is aborted.
 */
export async function openOfflineContext(
  viewport?: { width: number; height: number },
): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await launchChromium();
  const context = await browser.newContext(viewport ? { viewport } : {});
  await context.route('https://res.cdn.office.net/**', (r) => r.abort());
  return { browser, context };
}
