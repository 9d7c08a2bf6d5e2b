import { randomUUID } from 'node:crypto';
import type { EmuResponse } from './EmuRequest';
import type { EmulatorStore } from './EmulatorStore';
import { plainUser, type UserRec } from './EmuState';

/** An Entra app registration the emulator knows: client credentials and the application roles granted to it. */
export interface AppRegistration {
  clientId: string;
  secret: string;
  displayName: string;
  roles: string[];
}

export interface AppPrincipal {
  appId: string;
  roles: string[];
}

/** The follow-up service's registration, with the application permissions it asks for (README lists why). */
export const SERVICE_APP: AppRegistration = {
  clientId: '5e1f0c3a-7b7d-4c55-9a43-0f6d2d1a5e12',
  secret: 'emu-service-secret',
  displayName: 'Meeting Guard follow-up service',
  roles: [
    'GroupMember.Read.All',
    'User.Read.All',
    'User.ReadWrite.All',
    'Calendars.ReadWrite',
    'Tasks.ReadWrite.All',
    'TeamsActivity.Send',
    'Mail.Send',
    'Mail.ReadBasic.All',
  ],
};

const TOKEN_LIFETIME_S = 3599;

interface Registry {
  apps: Map<string, AppRegistration>;
  tokens: Map<string, AppPrincipal & { exp: number }>;
}
const registries = new WeakMap<EmulatorStore, Registry>();

export function appRegistry(store: EmulatorStore): Registry {
  let r = registries.get(store);
  if (!r)
    registries.set(store, (r = { apps: new Map([[SERVICE_APP.clientId, SERVICE_APP]]), tokens: new Map() }));
  return r;
}

const tokenError = (status: number, error: string, description: string): EmuResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: {
    error,
    error_description: description,
    error_codes: [status === 401 ? 7000215 : 900144],
    timestamp: new Date().toISOString(),
  },
});

/**
 * `POST /{tenant}/oauth2/v2.0/token` with `grant_type=client_credentials` (what msal-node's
 * acquireTokenByClientCredential sends): checks the secret and the `/.default` scope, issues an opaque token
 * carrying the app's roles.
 */
export function issueAppToken(store: EmulatorStore, tenant: string, form: URLSearchParams): EmuResponse {
  if (tenant !== store.state.tenantId && tenant !== 'contoso.onmicrosoft.com')
    return tokenError(400, 'invalid_request', `AADSTS90002: Tenant '${tenant}' not found.`);
  if (form.get('grant_type') !== 'client_credentials')
    return tokenError(
      400,
      'unsupported_grant_type',
      'AADSTS70003: The app requested an unsupported grant type.',
    );
  const app = appRegistry(store).apps.get(form.get('client_id') ?? '');
  if (!app)
    return tokenError(
      400,
      'unauthorized_client',
      `AADSTS700016: Application with identifier '${form.get('client_id') ?? ''}' was not found in the directory.`,
    );
  if (form.get('client_secret') !== app.secret)
    return tokenError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
  const scope = form.get('scope') ?? '';
  if (!/(^|\s)https:\/\/graph\.microsoft\.com\/\.default(\s|$)/.test(scope)) {
    return tokenError(
      400,
      'invalid_scope',
      'AADSTS1002012: The provided value for scope is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.',
    );
  }
  const token = `emuapp.${randomUUID()}`;
  appRegistry(store).tokens.set(token, {
    appId: app.clientId,
    roles: [...app.roles],
    exp: Date.now() + TOKEN_LIFETIME_S * 1000,
  });
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: {
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIME_S,
      ext_expires_in: TOKEN_LIFETIME_S,
      access_token: token,
    },
  };
}

/** The app behind a bearer token, an error message for a bad one, or null when it is not an app token. */
export function appFromToken(store: EmulatorStore, token: string): AppPrincipal | string | null {
  if (!token.startsWith('emuapp.')) return null;
  const t = appRegistry(store).tokens.get(token);
  if (!t) return 'Invalid signature or unknown token.';
  if (t.exp < Date.now()) return 'Lifetime validation failed, the token is expired.';
  return { appId: t.appId, roles: t.roles };
}

/** The principal handlers see for an app request before it is bound to a mailbox. */
export function appUser(app: AppPrincipal): UserRec {
  const key = `app:${app.appId}`;
  return plainUser({ id: key, displayName: 'app', givenName: '', surname: '', mail: key, workdays: [] });
}

export const isAppUser = (user: UserRec) => user.id.startsWith('app:');
