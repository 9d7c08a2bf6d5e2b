/** Microsoft's CDN copy: the only supported office.js (the npm package is unsupported). */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** What the workbench page puts on its window for the pane iframe (see fakes/office/README.md). */
export interface FakeOfficeBridge {
  forFrame(win: { Date: DateConstructor }): unknown;
}

/** The parts of `window` the bootstrap touches; a plain object in tests. */
export interface BootstrapWindow {
  Date: DateConstructor;
  parent: unknown;
  Office?: unknown;
  document: {
    createElement(tag: 'script'): { src: string; onload: (() => void) | null; onerror: (() => void) | null };
    head: { appendChild(node: unknown): unknown };
  };
  setTimeout(fn: () => void, ms: number): unknown;
}

export interface LoadOfficeOptions {
  /** Give up after this long (script load + Office.onReady); default 5000 ms. */
  timeoutMs?: number;
  src?: string;
  win?: BootstrapWindow;
}

/** The workbench's fake host, when this page sits in a same-origin frame of it; reading a cross-origin parent throws. */
function fakeBridge(win: BootstrapWindow): FakeOfficeBridge | null {
  try {
    if (win.parent === win || !win.parent) return null;
    const bridge = (win.parent as { __MG_FAKE_OFFICE__?: FakeOfficeBridge }).__MG_FAKE_OFFICE__;
    return bridge && typeof bridge.forFrame === 'function' ? bridge : null;
  } catch {
    return null;
  }
}

function injectScript(win: BootstrapWindow, src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const script = win.document.createElement('script');
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    script.src = src;
    win.document.head.appendChild(script);
  });
}

function within<T>(win: BootstrapWindow, ms: number, work: Promise<T>, onTimeout: T): Promise<T> {
  return new Promise((resolve) => {
    win.setTimeout(() => resolve(onTimeout), ms);
    work.then(resolve, () => resolve(onTimeout));
  });
}

interface OnReadyOffice {
  onReady(): Promise<{ host: unknown }>;
}

/**
 * Gives the task pane its Office global, or null when there is no Office host around it (a plain
 * browser tab): then the pane runs standalone. Order: the workbench's fake host in a same-origin parent;
 * an office.js the page already loaded; otherwise the CDN script, injected here. Never throws.
 */
export async function loadOffice(options: LoadOfficeOptions = {}): Promise<typeof Office | null> {
  const win = options.win ?? (globalThis as unknown as BootstrapWindow);
  const timeoutMs = options.timeoutMs ?? 5000;
  const bridge = fakeBridge(win);
  if (bridge) {
    // Never load the real office.js here: in an iframe outside Office it blanks the page.
    const office = bridge.forFrame(win);
    win.Office = office;
    return office as typeof Office;
  }
  const attempt = async (): Promise<typeof Office | null> => {
    if (!win.Office && !(await injectScript(win, options.src ?? OFFICE_JS_CDN))) return null;
    const office = win.Office as OnReadyOffice | undefined;
    if (!office || typeof office.onReady !== 'function') return null;
    const info = await office.onReady();
    // A top-level page outside Office resolves with host null.
    return info && info.host ? (office as unknown as typeof Office) : null;
  };
  return within(win, timeoutMs, attempt(), null);
}
