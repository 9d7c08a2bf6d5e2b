import type { Frame, Page } from 'playwright-core';

export interface OpenOptions {
  preset: string;
  theme?: 'light' | 'dark' | 'contrast';
  paneLang?: 'en-US' | 'zh-CN';
  /** Only the pane, no form: bulk suites drive the fake host directly. */
  bare?: boolean;
}

/** Opens the workbench's Outlook form and waits for the real task pane beside it to show a verdict. */
export async function openOutlookWorkbench(page: Page, appUrl: string, o: OpenOptions): Promise<Frame> {
  const q = new URLSearchParams({ preset: o.preset, lang: 'en-US', paneLang: o.paneLang ?? 'en-US', theme: o.theme ?? 'light' });
  if (o.bare) q.set('bare', '1');
  await page.goto(`${appUrl}/outlook.html?${q}`);
  return paneFrame(page);
}

/** The pane's frame once it has rendered its first verdict (after a reload too). */
export async function paneFrame(page: Page): Promise<Frame> {
  await page.locator('[data-testid=pane]').waitFor();
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes('taskpane.html'));
    if (frame && (await frame.locator('[data-testid=headline]').count().catch(() => 0)) > 0) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('the task pane did not render a verdict');
}

export const rulesIn = (pane: Frame) => pane.$$eval('[data-rule]', (els) => els.map((e) => e.getAttribute('data-rule')));

/** Waits until the pane's findings satisfy `ok` (the pane re-checks on events and a 1.5 s body poll). */
export async function waitForRules(pane: Frame, ok: (rules: (string | null)[]) => boolean, what: string): Promise<(string | null)[]> {
  let last: (string | null)[] = [];
  for (let i = 0; i < 100; i++) {
    last = await rulesIn(pane);
    if (ok(last)) return last;
    await pane.page().waitForTimeout(100);
  }
  throw new Error(`timed out waiting for ${what}; findings: ${last.join(', ')}`);
}
