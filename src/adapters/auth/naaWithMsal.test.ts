// @vitest-environment happy-dom
// The real msal-browser over a host's nested-app-auth bridge (the fake hosts' broker): no account is
// cached and no login hint is known, and the silent call still gets the host user's token, as
// Microsoft's NAA guidance expects. Without the bridge MSAL runs the standard controller instead.
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeNaaBridge, type NaaUser } from '../fakes/teams/fakeNaaBroker';
import { createBrowserAuth } from './createBrowserAuth';

const MEGAN: NaaUser = {
  id: 'oid-megan',
  displayName: 'Megan',
  upn: 'megan@contoso.com',
  tenantId: 'contoso',
};
const CLIENT = '5b0c7b2e-1111-4c2a-9d3e-0123456789ab';
const w = window as unknown as { nestedAppAuthBridge?: unknown };

afterEach(() => {
  delete w.nestedAppAuthBridge;
});

describe('MsalAuth over msal-browser nested app auth', () => {
  it('gets the host user token silently with no account and no hint', async () => {
    w.nestedAppAuthBridge = createFakeNaaBridge(async () => MEGAN);
    const made = await createBrowserAuth({ clientId: CLIENT, cacheLocation: 'memoryStorage' });
    if (!made.ok) throw new Error(made.error.detail);
    expect(await made.value.getToken()).toEqual({ ok: true, value: 'emu:megan@contoso.com' });
    expect(made.value.account()).toMatchObject({ username: 'megan@contoso.com', objectId: 'oid-megan' });
  });

  it('refuses the host token when the host user is not who the page expects', async () => {
    w.nestedAppAuthBridge = createFakeNaaBridge(async () => MEGAN);
    const made = await createBrowserAuth({
      clientId: CLIENT,
      cacheLocation: 'memoryStorage',
      username: 'someone@contoso.com',
    });
    if (!made.ok) throw new Error(made.error.detail);
    const r = await made.value.getToken();
    expect(r.ok).toBe(false);
  });

  it('without a bridge (teams-js not initialised yet) there is no silent token: a prompt is needed', async () => {
    const made = await createBrowserAuth({ clientId: CLIENT, cacheLocation: 'memoryStorage' });
    if (!made.ok) throw new Error(made.error.detail);
    const r = await made.value.getToken();
    expect(r.ok ? 'token' : r.error.kind).toBe('interaction-required');
  });
});
