import { trimTrailing } from '../../../core/text/trimTrailing';

/** The signed-in Teams user the fake host brokers tokens for. */
export interface NaaUser {
  id: string;
  displayName: string;
  upn: string;
  tenantId: string;
}

interface NaaRequest {
  messageType?: string;
  method?: string;
  requestId?: string;
  tokenParams?: { clientId?: string; scope?: string; authority?: string };
}

const ENVIRONMENT = 'login.microsoftonline.com';

const b64url = (s: string): string =>
  trimTrailing(btoa(String.fromCharCode(...new TextEncoder().encode(s))), '=')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');

/** An unsigned id token: MSAL only decodes the claims of one that the broker hands over. */
function idToken(user: NaaUser, clientId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: clientId,
    iss: `https://${ENVIRONMENT}/${user.tenantId}/v2.0`,
    iat: now,
    exp: now + 3600,
    oid: user.id,
    sub: user.id,
    tid: user.tenantId,
    name: user.displayName,
    preferred_username: user.upn,
    login_hint: user.upn,
  };
  return `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.`;
}

function account(user: NaaUser) {
  return {
    homeAccountId: `${user.id}.${user.tenantId}`,
    environment: ENVIRONMENT,
    tenantId: user.tenantId,
    username: user.upn,
    localAccountId: user.id,
    name: user.displayName,
    loginHint: user.upn,
  };
}

/**
 * Answers one nested-app-auth request the way Teams' broker does for a signed-in user: the init
 * context names the account, token requests get a token for that user. The access token is the
 * Graph emulator's `emu:<upn>`, so a page signed in through NAA reaches the emulator as that user.
 * Like Entra, it refuses a request without the app's client id (an unregistered app gets no token).
 */
export function answerNaaRequest(raw: unknown, user: NaaUser): string | undefined {
  let req: NaaRequest;
  try {
    req = JSON.parse(String(raw)) as NaaRequest;
  } catch {
    return undefined;
  }
  if (req.messageType !== 'NestedAppAuthRequest' || !req.requestId) return undefined;
  const base = { messageType: 'NestedAppAuthResponse', requestId: req.requestId };
  const reply = (body: Record<string, unknown>) => JSON.stringify({ ...base, ...body });
  switch (req.method) {
    case 'GetInitContext':
      return reply({
        success: true,
        initContext: {
          sdkName: 'FakeTeamsHost',
          sdkVersion: '1.0.0',
          accountContext: {
            homeAccountId: `${user.id}.${user.tenantId}`,
            environment: ENVIRONMENT,
            tenantId: user.tenantId,
          },
          capabilities: { queryAccount: false },
        },
      });
    case 'GetToken':
    case 'GetTokenPopup': {
      const clientId = req.tokenParams?.clientId ?? '';
      if (!clientId)
        return reply({
          success: false,
          error: {
            status: 'PERSISTENT_ERROR',
            code: 'invalid_client',
            description: 'AADSTS700016: no client id.',
          },
        });
      return reply({
        success: true,
        token: {
          access_token: `emu:${user.upn}`,
          id_token: idToken(user, clientId),
          expires_in: 3600,
          scope: req.tokenParams?.scope ?? 'User.Read',
          token_type: 'Bearer',
        },
        account: account(user),
      });
    }
    default:
      return reply({
        success: false,
        error: {
          status: 'PERSISTENT_ERROR',
          code: 'unsupported',
          description: `${req.method} is not supported`,
        },
      });
  }
}

/** A host page's `window.nestedAppAuthBridge`, in the shape msal-browser's BridgeProxy drives it. */
export interface FakeNaaBridge {
  addEventListener(type: string, listener: (response: string) => void): void;
  removeEventListener(type: string, listener: (response: string) => void): void;
  postMessage(request: string): void;
}

/** The bridge an Office host installs for its add-in: requests answered later, as from another process. */
export function createFakeNaaBridge(user: () => Promise<NaaUser>): FakeNaaBridge {
  const listeners = new Set<(response: string) => void>();
  return {
    addEventListener: (type, listener) => {
      if (type === 'message') listeners.add(listener);
    },
    removeEventListener: (_type, listener) => {
      listeners.delete(listener);
    },
    postMessage: (request) => {
      void user().then((u) => {
        const response = answerNaaRequest(request, u);
        if (response !== undefined) for (const l of listeners) l(response);
      });
    },
  };
}
