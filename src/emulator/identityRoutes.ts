import type { EmuResponse } from './EmuRequest';
import type { EmulatorStore } from './EmulatorStore';
import { issueAppToken } from './appTokens';

type IdentityHandler = (store: EmulatorStore, form: URLSearchParams, baseUrl: string) => EmuResponse;

const ok = (body: unknown): EmuResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body,
});

/**
 * The slice of the Microsoft identity platform the service's msal-node needs, at the emulator's origin:
 * the v2 token endpoint (client credentials), the tenant's OpenID metadata and instance discovery.
 */
export function identityRoute(method: string, pathname: string): IdentityHandler | null {
  const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(pathname);
  if (token && method === 'POST')
    return (store, form) => issueAppToken(store, decodeURIComponent(token[1]!), form);
  const meta = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(pathname);
  if (meta && method === 'GET') {
    return (_store, _form, base) => {
      const t = meta[1]!;
      return ok({
        token_endpoint: `${base}/${t}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/${t}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/${t}/oauth2/v2.0/logout`,
        issuer: `${base}/${t}/v2.0`,
        jwks_uri: `${base}/${t}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        token_endpoint_auth_methods_supported: [
          'client_secret_post',
          'private_key_jwt',
          'client_secret_basic',
        ],
      });
    };
  }
  if (/^\/common\/discovery\/instance$/.test(pathname) && method === 'GET') {
    return () => ok({ tenant_discovery_endpoint: '', 'api-version': '1.1', metadata: [] });
  }
  return null;
}
