import type { FakeOfficeHost } from './createFakeOfficeHost';

export const FAKE_OFFICE_BRIDGE_KEY = '__MG_FAKE_OFFICE__';

/**
 * Publishes `host` on the workbench window so a same-origin pane iframe's `loadOffice()` picks it up
 * instead of the CDN office.js. Returns the uninstaller.
 */
export function installFakeOfficeBridge(host: FakeOfficeHost, win: object = globalThis): () => void {
  const target = win as Record<string, unknown>;
  target[FAKE_OFFICE_BRIDGE_KEY] = { forFrame: (frame: { Date: DateConstructor }) => host.forFrame(frame) };
  return () => {
    delete target[FAKE_OFFICE_BRIDGE_KEY];
  };
}
