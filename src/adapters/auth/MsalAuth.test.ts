import { describe, expect, it } from 'vitest';
import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import {
  InteractionRequiredAuthError,
  BrowserAuthError,
  ClientAuthError,
  ServerError,
  AuthError,
} from '@azure/msal-browser';
import type { AuthState } from '../../core/ports/AuthPort';
import { MsalAuth, type MsalClient } from './MsalAuth';

const ACCOUNT = {
  username: 'megan@contoso.example',
  name: 'Megan',
  tenantId: 't1',
  localAccountId: 'oid-megan',
  homeAccountId: 'h',
  environment: 'login',
} as AccountInfo;
const result = (token = 'tok'): AuthenticationResult =>
  ({ accessToken: token, account: ACCOUNT }) as AuthenticationResult;

/** A scripted stand-in for the PublicClientApplication: each call pops the next outcome. */
function mockPca(script: {
  accounts?: AccountInfo[];
  silent?: unknown[];
  popup?: unknown[];
  sso?: unknown[];
}) {
  const calls = {
    silent: 0,
    popup: 0,
    sso: 0,
    popupRequests: [] as unknown[],
    silentRequests: [] as unknown[],
  };
  const next = async (queue: unknown[] | undefined, fallback: () => AuthenticationResult) => {
    const outcome = queue?.shift();
    if (outcome instanceof Error || (outcome && typeof outcome === 'object' && 'status' in outcome))
      throw outcome;
    return (outcome as AuthenticationResult | undefined) ?? fallback();
  };
  let active: AccountInfo | null = null;
  const pca: MsalClient = {
    getAllAccounts: () => script.accounts ?? [],
    getActiveAccount: () => active,
    setActiveAccount: (a) => {
      active = a;
    },
    acquireTokenSilent: async (req) => {
      calls.silent += 1;
      calls.silentRequests.push(req);
      return next(script.silent, () => result('silent'));
    },
    acquireTokenPopup: async (req) => {
      calls.popup += 1;
      calls.popupRequests.push(req);
      return next(script.popup, () => result('popup'));
    },
    ssoSilent: async () => {
      calls.sso += 1;
      return next(script.sso, () => result('sso'));
    },
  };
  return { pca, calls };
}

const interaction = (code: string) => new InteractionRequiredAuthError(code, 'cid', 'desc');
const browser = (code: string) => new BrowserAuthError(code, 'cid');
const client = (code: string) => new ClientAuthError(code, 'cid');

type Case = {
  name: string;
  accounts?: AccountInfo[];
  silent?: unknown[];
  popup?: unknown[];
  end: AuthState;
  popups: number;
};
const cases: Case[] = [
  { name: 'cached token', accounts: [ACCOUNT], end: 'signed-in', popups: 0 },
  {
    name: 'no account (standard controller: no_account_error) → one popup → signed in',
    silent: [browser('no_account_error')],
    end: 'signed-in',
    popups: 1,
  },
  {
    name: 'no account under NAA: the broker answers the account-less silent call → no popup',
    end: 'signed-in',
    popups: 0,
  },
  {
    name: 'interaction_required → popup ok',
    accounts: [ACCOUNT],
    silent: [interaction('interaction_required')],
    end: 'signed-in',
    popups: 1,
  },
  {
    name: 'login_required (AADSTS50058, 3rd-party cookies) → popup ok',
    accounts: [ACCOUNT],
    silent: [new InteractionRequiredAuthError('login_required', 'c', 'AADSTS50058: silent sign-in failed')],
    end: 'signed-in',
    popups: 1,
  },
  {
    name: 'refresh_token_expired → popup cancelled',
    accounts: [ACCOUNT],
    silent: [interaction('refresh_token_expired')],
    popup: [browser('user_cancelled')],
    end: 'needs-sign-in',
    popups: 1,
  },
  {
    name: 'no_tokens_found → popup blocked',
    accounts: [ACCOUNT],
    silent: [interaction('no_tokens_found')],
    popup: [browser('popup_window_error')],
    end: 'blocked-popup',
    popups: 1,
  },
  {
    name: 'empty_window_error → blocked popup',
    accounts: [ACCOUNT],
    silent: [interaction('interaction_required')],
    popup: [browser('empty_window_error')],
    end: 'blocked-popup',
    popups: 1,
  },
  {
    name: 'consent_required → popup with prompt=consent → declined',
    accounts: [ACCOUNT],
    silent: [
      new InteractionRequiredAuthError('invalid_grant', 'c', 'AADSTS65001: consent', 'consent_required'),
    ],
    popup: [new ServerError('access_denied', 'cid', 'AADSTS65004: User declined to consent')],
    end: 'needs-consent',
    popups: 1,
  },
  {
    name: 'admin consent needed (AADSTS90094)',
    accounts: [ACCOUNT],
    silent: [interaction('consent_required')],
    popup: [new ServerError('access_denied', 'cid', 'AADSTS90094: admin approval required')],
    end: 'needs-consent',
    popups: 1,
  },
  {
    name: 'conditional access blocks (AADSTS53003)',
    accounts: [ACCOUNT],
    silent: [interaction('interaction_required')],
    popup: [new ServerError('access_denied', 'cid', 'AADSTS53003: blocked by CA')],
    end: 'needs-consent',
    popups: 1,
  },
  {
    name: 'offline during silent → no popup',
    accounts: [ACCOUNT],
    silent: [browser('no_network_connectivity')],
    end: 'offline',
    popups: 0,
  },
  {
    name: 'offline during popup',
    accounts: [ACCOUNT],
    silent: [interaction('interaction_required')],
    popup: [browser('no_network_connectivity')],
    end: 'offline',
    popups: 1,
  },
  {
    name: 'silent timed_out → no popup',
    accounts: [ACCOUNT],
    silent: [browser('timed_out')],
    end: 'offline',
    popups: 0,
  },
  {
    name: 'popup monitor_window_timeout',
    accounts: [ACCOUNT],
    silent: [interaction('interaction_required')],
    popup: [browser('monitor_window_timeout')],
    end: 'offline',
    popups: 1,
  },
  {
    name: 'NAA bridge disabled → no popup',
    accounts: [ACCOUNT],
    silent: [client('nested_app_auth_bridge_disabled')],
    end: 'error',
    popups: 0,
  },
  {
    name: 'NAA account unavailable → popup',
    accounts: [ACCOUNT],
    silent: [client('no_account_found')],
    end: 'signed-in',
    popups: 1,
  },
  {
    name: 'NAA user_canceled',
    accounts: [ACCOUNT],
    silent: [interaction('interaction_required')],
    popup: [client('user_canceled')],
    end: 'needs-sign-in',
    popups: 1,
  },
  {
    name: 'raw bridge NO_NETWORK',
    accounts: [ACCOUNT],
    silent: [{ status: 'NO_NETWORK' }],
    end: 'offline',
    popups: 0,
  },
  {
    name: 'raw bridge USER_INTERACTION_REQUIRED then raw DISABLED',
    accounts: [ACCOUNT],
    silent: [{ status: 'USER_INTERACTION_REQUIRED' }],
    popup: [{ status: 'DISABLED' }],
    end: 'error',
    popups: 1,
  },
  {
    name: 'origin not valid for NAA',
    accounts: [ACCOUNT],
    silent: [new AuthError('unknown_error', 'cid', 'The origin is not valid for Nested App Auth')],
    end: 'error',
    popups: 0,
  },
  {
    name: 'empty ServerError (Mac)',
    accounts: [ACCOUNT],
    silent: [new ServerError('', 'cid')],
    end: 'error',
    popups: 0,
  },
  {
    name: 'interaction_in_progress',
    accounts: [ACCOUNT],
    silent: [interaction('interaction_required')],
    popup: [browser('interaction_in_progress')],
    end: 'error',
    popups: 1,
  },
  {
    name: 'block_nested_popups → unsupported',
    accounts: [ACCOUNT],
    silent: [interaction('interaction_required')],
    popup: [browser('block_nested_popups')],
    end: 'error',
    popups: 1,
  },
  {
    name: 'popup needs interaction again → no second popup',
    accounts: [ACCOUNT],
    silent: [interaction('interaction_required')],
    popup: [interaction('interaction_required')],
    end: 'needs-sign-in',
    popups: 1,
  },
];

describe('MsalAuth sign-in matrix: every case ends in a defined state with at most one prompt', () => {
  it.each(cases)('$name → $end', async ({ accounts, silent, popup, end, popups }) => {
    const { pca, calls } = mockPca({
      ...(accounts ? { accounts } : {}),
      ...(silent ? { silent } : {}),
      ...(popup ? { popup } : {}),
    });
    const auth = new MsalAuth(pca);
    const r = await auth.signIn();
    expect(auth.state()).toBe(end);
    expect(r.ok).toBe(end === 'signed-in');
    expect(calls.popup).toBe(popups);
    expect(calls.popup).toBeLessThanOrEqual(1);
  });
});

describe('MsalAuth', () => {
  it('getToken never opens a popup, whatever fails', async () => {
    const { pca, calls } = mockPca({
      accounts: [ACCOUNT],
      silent: [interaction('interaction_required'), browser('popup_window_error')],
    });
    const auth = new MsalAuth(pca);
    expect((await auth.getToken()).ok).toBe(false);
    expect((await auth.getToken()).ok).toBe(false);
    expect(calls.popup).toBe(0);
    expect(auth.state()).toBe('blocked-popup');
  });

  it('five clicks while a popup is open share one prompt', async () => {
    const { pca, calls } = mockPca({ silent: [browser('no_account_error')] });
    const auth = new MsalAuth(pca);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => auth.signIn()));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(calls.popup).toBe(1);
  });

  it('asks for consent explicitly when consent is what is missing', async () => {
    const { pca, calls } = mockPca({ accounts: [ACCOUNT], silent: [interaction('consent_required')] });
    await new MsalAuth(pca).signIn();
    expect(calls.popupRequests[0]).toMatchObject({ prompt: 'consent' });
  });

  it('binds to the host user: a different cached account is not used', async () => {
    const other = { ...ACCOUNT, username: 'someone@else.example' } as AccountInfo;
    const { pca, calls } = mockPca({ accounts: [other], silent: [browser('no_account_error')] });
    const auth = new MsalAuth(pca, { loginHint: 'megan@contoso.example' });
    const r = await auth.getToken();
    expect(r.ok).toBe(true);
    expect(calls.silentRequests[0]).not.toHaveProperty('account');
    expect(calls.sso).toBe(1);
  });

  it('without a cached account, asks silently with no account first (NAA), before any ssoSilent', async () => {
    const { pca, calls } = mockPca({});
    const auth = new MsalAuth(pca, { loginHint: 'opaque-hint', username: 'megan@contoso.example' });
    expect(await auth.getToken()).toEqual({ ok: true, value: 'silent' });
    expect(calls.silentRequests[0]).not.toHaveProperty('account');
    expect(calls.sso).toBe(0);
  });

  it("refuses a silent token for someone else than the host's user (another active account)", async () => {
    const other = { ...ACCOUNT, username: 'someone@else.example', loginHint: 'x' } as AccountInfo;
    const { pca, calls } = mockPca({ silent: [{ accessToken: 'theirs', account: other }] });
    const auth = new MsalAuth(pca, { loginHint: 'opaque-hint', username: 'megan@contoso.example' });
    expect(await auth.getToken()).toEqual({ ok: true, value: 'sso' });
    expect(calls.sso).toBe(1);
  });

  it('passes forceRefresh and claims to the silent call', async () => {
    const seen: unknown[] = [];
    const { pca } = mockPca({ accounts: [ACCOUNT] });
    const spy: MsalClient = { ...pca, acquireTokenSilent: async (req) => (seen.push(req), result()) };
    await new MsalAuth(spy).getToken({ forceRefresh: true, claims: 'eyJ' });
    expect(seen[0]).toMatchObject({ forceRefresh: true, claims: 'eyJ' });
  });

  it('reports the account with its object id', async () => {
    const { pca } = mockPca({ accounts: [ACCOUNT] });
    const auth = new MsalAuth(pca);
    await auth.signIn();
    expect(auth.account()).toEqual({
      username: ACCOUNT.username,
      name: 'Megan',
      tenantId: 't1',
      objectId: 'oid-megan',
    });
  });
});
