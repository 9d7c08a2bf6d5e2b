import { beforeEach, describe, expect, it, vi } from 'vitest';

const seen: unknown[] = [];
vi.mock('@azure/msal-browser', () => ({
  createNestablePublicClientApplication: async (config: unknown) => {
    seen.push(config);
    return { getAllAccounts: () => [], getActiveAccount: () => null };
  },
}));

const { createBrowserAuth } = await import('./createBrowserAuth');

describe('createBrowserAuth', () => {
  beforeEach(() => {
    seen.length = 0;
  });

  it('signs in to organizations by default, never the multi-tenant /common endpoint', async () => {
    expect((await createBrowserAuth({ clientId: 'app' })).ok).toBe(true);
    expect(seen[0]).toMatchObject({
      auth: { clientId: 'app', authority: 'https://login.microsoftonline.com/organizations' },
    });
  });

  it('uses the configured single-tenant authority', async () => {
    await createBrowserAuth({ clientId: 'app', authority: 'https://login.microsoftonline.com/contoso.com' });
    expect(seen[0]).toMatchObject({ auth: { authority: 'https://login.microsoftonline.com/contoso.com' } });
  });

  it("sends popups to the app's registered auth-redirect.html, not to whichever page signs in", async () => {
    vi.stubGlobal('location', new URL('https://app.contoso.com/followup.html?lang=zh-CN'));
    try {
      await createBrowserAuth({ clientId: 'app' });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(seen[0]).toMatchObject({ auth: { redirectUri: 'https://app.contoso.com/auth-redirect.html' } });
  });

  it('refuses to start without a client id', async () => {
    const r = await createBrowserAuth({ clientId: '' });
    expect(r.ok).toBe(false);
    expect(seen).toEqual([]);
  });
});
