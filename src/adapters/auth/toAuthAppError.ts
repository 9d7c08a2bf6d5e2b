import { appError, type AppError, type AppErrorKind } from '../../core/errors/AppError';

/** What the UI offers for an auth failure. Exactly one per AppError kind that sign-in can produce. */
export type AuthUiAction =
  'sign-in' | 'grant-consent' | 'retry-later' | 'allow-popups' | 'open-in-browser' | 'none';

export const AUTH_UI_ACTION: Partial<Record<AppErrorKind, AuthUiAction>> = {
  'interaction-required': 'sign-in',
  unauthorized: 'sign-in',
  cancelled: 'sign-in',
  'consent-required': 'grant-consent',
  forbidden: 'grant-consent',
  offline: 'retry-later',
  timeout: 'retry-later',
  server: 'retry-later',
  'popup-blocked': 'allow-popups',
  unsupported: 'open-in-browser',
};

export const authUiAction = (e: AppError): AuthUiAction => AUTH_UI_ACTION[e.kind] ?? 'none';

/**
 * MSAL / NAA error codes → one kind each. Codes come from msal-browser 5.29 (BrowserAuthErrorCodes,
 * ClientAuthErrorCodes, InteractionRequiredAuthErrorCodes, NAA bridge mapping) and AADSTS server codes.
 */
const CODE_KINDS: Record<string, AppErrorKind> = {
  // Silent acquisition impossible: the user has to sign in (interactive, from a gesture).
  interaction_required: 'interaction-required',
  login_required: 'interaction-required',
  no_tokens_found: 'interaction-required',
  refresh_token_expired: 'interaction-required',
  native_account_unavailable: 'interaction-required',
  bad_token: 'interaction-required',
  interrupted_user: 'interaction-required',
  ui_not_allowed: 'interaction-required',
  invalid_grant: 'interaction-required',
  no_account_error: 'interaction-required',
  no_account_found: 'interaction-required',
  no_account_in_silent_request: 'interaction-required',
  user_interaction_required: 'interaction-required',
  token_refresh_required: 'interaction-required',
  consent_required: 'consent-required',
  // The popup never opened, or was closed by the user.
  popup_window_error: 'popup-blocked',
  empty_window_error: 'popup-blocked',
  user_cancelled: 'cancelled',
  user_canceled: 'cancelled',
  access_denied: 'cancelled',
  interaction_in_progress_cancelled: 'cancelled',
  // Network.
  no_network_connectivity: 'offline',
  no_network: 'offline',
  post_request_failed: 'offline',
  get_request_failed: 'offline',
  network_error: 'offline',
  endpoints_resolution_error: 'offline',
  timed_out: 'timeout',
  monitor_window_timeout: 'timeout',
  native_handshake_timeout: 'timeout',
  bridge_timeout: 'timeout',
  // The host cannot broker tokens for us here (old host, bad origin, iframe/popup rules).
  nested_app_auth_bridge_disabled: 'unsupported',
  bridge_disabled: 'unsupported',
  bridge_unavailable: 'unsupported',
  bridge_handshake_failed: 'unsupported',
  block_nested_popups: 'unsupported',
  redirect_in_iframe: 'unsupported',
  block_iframe_reload: 'unsupported',
  popup_will_redirect: 'unsupported',
  non_browser_environment: 'not-in-host',
  // Service trouble.
  temporarily_unavailable: 'server',
  server_error: 'server',
  transient_error: 'server',
  persistent_error: 'server',
  bridge_connection_reset: 'server',
  bridge_response_invalid: 'server',
};

/** AADSTS codes in the error message refine the code (they name the real cause). */
const AADSTS_KINDS: Array<[RegExp, AppErrorKind]> = [
  [/AADSTS65001|AADSTS65004|AADSTS90094|AADSTS90008/, 'consent-required'],
  [
    /AADSTS50058|AADSTS50076|AADSTS50079|AADSTS50078|AADSTS160021|AADSTS700082|AADSTS50173/,
    'interaction-required',
  ],
  [/AADSTS53003|AADSTS50105|AADSTS530003|AADSTS50020/, 'forbidden'],
  // The app registration does not match the deployment: redirect URI, app id, SPA platform. Only an admin can fix it.
  [/AADSTS50011|AADSTS700016|AADSTS9002326|AADSTS700054/, 'not-configured'],
];

const ORIGIN_INVALID = /origin is not valid for nested app auth/i;

type MsalishError = {
  name?: unknown;
  errorCode?: unknown;
  subError?: unknown;
  errorMessage?: unknown;
  message?: unknown;
  status?: unknown;
  code?: unknown;
  errorNo?: unknown;
};

/** Any error thrown by MSAL, the NAA bridge or our factory → one AppError. Never throws. */
export function toAuthAppError(e: unknown): AppError {
  if (typeof e !== 'object' || e === null) return appError('unknown', String(e));
  const err = e as MsalishError;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const code = str(err.errorCode) || str(err.code);
  const sub = str(err.subError);
  const errorNo = str(err.errorNo) || (typeof err.errorNo === 'number' ? String(err.errorNo) : '');
  const text = `${str(err.errorMessage)} ${str(err.message)}${errorNo ? ` AADSTS${errorNo}` : ''}`;
  const detail = `${str(err.name) || 'Error'} ${code}${sub ? `/${sub}` : ''}: ${text.trim()}`.trim();
  const withCode = (kind: AppErrorKind) => appError(kind, detail, code ? { code } : {});
  // A raw bridge error that escaped MSAL's own mapping.
  const bridgeStatus = str(err.status);
  if (bridgeStatus && !code) {
    const bridge: Record<string, AppErrorKind> = {
      USER_INTERACTION_REQUIRED: 'interaction-required',
      USER_CANCEL: 'cancelled',
      NO_NETWORK: 'offline',
      ACCOUNT_UNAVAILABLE: 'interaction-required',
      DISABLED: 'unsupported',
      NESTED_APP_AUTH_UNAVAILABLE: 'unsupported',
      TRANSIENT_ERROR: 'server',
      PERSISTENT_ERROR: 'server',
    };
    return appError(bridge[bridgeStatus] ?? 'unknown', detail, { code: bridgeStatus });
  }
  if (sub === 'consent_required' || code === 'consent_required') return withCode('consent-required');
  // No brk-multihub://<origin> redirect URI registered for this origin: a registration fix, not an update.
  if (ORIGIN_INVALID.test(text)) return withCode('not-configured');
  for (const [re, kind] of AADSTS_KINDS) if (re.test(text)) return withCode(kind);
  if (CODE_KINDS[code]) return withCode(CODE_KINDS[code]);
  if (str(err.name) === 'InteractionRequiredAuthError') return withCode('interaction-required');
  // Mac hosts have been seen to throw a ServerError with no code at all (office-js#6691).
  if (str(err.name) === 'ServerError') return withCode('server');
  if (str(err.name) === 'TypeError' && /fetch|network/i.test(text)) return withCode('offline');
  return withCode('unknown');
}
