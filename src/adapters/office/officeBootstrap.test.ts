import { describe, expect, it } from 'vitest';
import { OFFICE_JS_CDN, loadOffice, type BootstrapWindow } from './officeBootstrap';

type Script = { src: string; onload: (() => void) | null; onerror: (() => void) | null };

function fakeWindow(
  opts: { parent?: unknown; scriptResult?: 'load' | 'error' | 'never'; office?: unknown } = {},
) {
  const scripts: Script[] = [];
  const win: BootstrapWindow & { scripts: Script[] } = {
    Date,
    parent: undefined,
    scripts,
    document: {
      createElement: () => ({ src: '', onload: null, onerror: null }),
      head: {
        appendChild: (node) => {
          const s = node as Script;
          scripts.push(s);
          queueMicrotask(() => {
            if (opts.scriptResult === 'error') s.onerror?.();
            else if (opts.scriptResult !== 'never') {
              win.Office = opts.office;
              s.onload?.();
            }
          });
          return node;
        },
      },
    },
    setTimeout: (fn, ms) => setTimeout(fn, Math.min(ms, 20)),
  };
  win.parent = opts.parent ?? win;
  return win;
}

const officeWithHost = (host: string | null) => ({
  onReady: () => Promise.resolve({ host, platform: null }),
});

describe('loadOffice', () => {
  it('uses the workbench parent fake host and loads no script', async () => {
    const made = { fake: true };
    const win = fakeWindow({ parent: { __MG_FAKE_OFFICE__: { forFrame: () => made } } });
    expect(await loadOffice({ win })).toBe(made);
    expect(win.Office).toBe(made);
    expect(win.scripts).toHaveLength(0);
  });

  it('injects the CDN office.js and returns Office inside an Office host', async () => {
    const office = officeWithHost('Outlook');
    const win = fakeWindow({ office });
    expect(await loadOffice({ win })).toBe(office);
    expect(win.scripts.map((s) => s.src)).toEqual([OFFICE_JS_CDN]);
  });

  it('returns null in a plain browser tab (onReady with host null)', async () => {
    expect(await loadOffice({ win: fakeWindow({ office: officeWithHost(null) }) })).toBeNull();
  });

  it('returns null when the script fails, or nothing answers before the timeout', async () => {
    expect(await loadOffice({ win: fakeWindow({ scriptResult: 'error' }) })).toBeNull();
    expect(await loadOffice({ win: fakeWindow({ scriptResult: 'never' }), timeoutMs: 10 })).toBeNull();
  });

  it('ignores a cross-origin parent (reading it throws) and a parent without the bridge', async () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('SecurityError');
        },
      },
    );
    const win = fakeWindow({ parent: hostile, office: officeWithHost('Outlook') });
    expect(await loadOffice({ win })).not.toBeNull();
    const plainParent = fakeWindow({ parent: {}, office: officeWithHost('Outlook') });
    expect(await loadOffice({ win: plainParent })).not.toBeNull();
  });

  it('reuses an office.js the page already loaded', async () => {
    const win = fakeWindow();
    win.Office = officeWithHost('Outlook');
    expect(await loadOffice({ win })).toBe(win.Office);
    expect(win.scripts).toHaveLength(0);
  });
});
