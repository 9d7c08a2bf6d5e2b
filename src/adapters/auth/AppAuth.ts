import {
  ConfidentialClientApplication,
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
} from '@azure/msal-node';
import { appError } from '../../core/errors/AppError';
import type { AuthPort } from '../../core/ports/AuthPort';

export const LOGIN_ORIGIN = 'https://login.microsoftonline.com';
export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

export interface AppAuthOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /**
   * Where the identity platform is: absent = Entra ID. msal-node insists on an https authority, so the
   * emulator keeps the real authority and this network client sends its requests to the emulator instead.
   */
  identityOrigin?: string;
  fetch?: typeof fetch;
}

/** msal-node's HTTP, over fetch, with the login host swapped for `identityOrigin` when one is set. */
export function fetchNetworkModule(
  identityOrigin: string | undefined,
  doFetch: typeof fetch = fetch,
): INetworkModule {
  const target = (url: string) =>
    identityOrigin && url.startsWith(LOGIN_ORIGIN)
      ? identityOrigin.replace(/\/+$/, '') + url.slice(LOGIN_ORIGIN.length)
      : url;
  const call = async <T>(
    method: 'GET' | 'POST',
    url: string,
    options?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> => {
    const res = await doFetch(target(url), {
      method,
      ...(options?.headers ? { headers: options.headers } : {}),
      ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
    });
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = { error: 'invalid_response', error_description: text.slice(0, 200) };
    }
    return { headers, body: body as T, status: res.status };
  };
  return {
    sendGetRequestAsync: (url, options) => call('GET', url, options),
    sendPostRequestAsync: (url, options) => call('POST', url, options),
  };
}

/**
 * App-only sign-in for the follow-up service: client credentials through msal-node (token cache in
 * memory, refreshed before expiry; a 401 from Graph forces one fresh token via AuthMiddleware).
 */
export function createAppAuth(o: AppAuthOptions): AuthPort {
  const cca = new ConfidentialClientApplication({
    auth: { clientId: o.clientId, clientSecret: o.clientSecret, authority: `${LOGIN_ORIGIN}/${o.tenantId}` },
    system: { networkClient: fetchNetworkModule(o.identityOrigin, o.fetch) },
  });
  let state: ReturnType<AuthPort['state']> = 'needs-sign-in';
  return {
    async getToken(request) {
      try {
        const r = await cca.acquireTokenByClientCredential({
          scopes: [GRAPH_DEFAULT_SCOPE],
          ...(request?.forceRefresh ? { skipCache: true } : {}),
        });
        if (!r?.accessToken) throw new Error('no access token in the answer');
        state = 'signed-in';
        return { ok: true, value: r.accessToken };
      } catch (e) {
        state = 'error';
        const detail = e instanceof Error ? e.message : String(e);
        return {
          ok: false,
          error: appError(/network|fetch|ECONN/i.test(detail) ? 'offline' : 'unauthorized', detail),
        };
      }
    },
    async signIn() {
      const t = await this.getToken();
      return t.ok ? { ok: true, value: { username: o.clientId, tenantId: o.tenantId } } : t;
    },
    account: () => (state === 'signed-in' ? { username: o.clientId, tenantId: o.tenantId } : null),
    state: () => state,
  };
}
