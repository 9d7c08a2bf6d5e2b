import { describe, expect, it } from 'vitest';
import {
  BrowserAuthError,
  ClientAuthError,
  InteractionRequiredAuthError,
  ServerError,
} from '@azure/msal-browser';
import type { AppErrorKind } from '../../core/errors/AppError';
import { authUiAction, toAuthAppError, type AuthUiAction } from './toAuthAppError';

const cases: Array<[string, unknown, AppErrorKind, AuthUiAction]> = [
  [
    'interaction_required',
    new InteractionRequiredAuthError('interaction_required', 'cid'),
    'interaction-required',
    'sign-in',
  ],
  [
    'login_required',
    new InteractionRequiredAuthError('login_required', 'cid'),
    'interaction-required',
    'sign-in',
  ],
  [
    'no_tokens_found',
    new InteractionRequiredAuthError('no_tokens_found', 'cid'),
    'interaction-required',
    'sign-in',
  ],
  [
    'refresh_token_expired',
    new InteractionRequiredAuthError('refresh_token_expired', 'cid'),
    'interaction-required',
    'sign-in',
  ],
  [
    'consent_required code',
    new InteractionRequiredAuthError('consent_required', 'cid'),
    'consent-required',
    'grant-consent',
  ],
  [
    'consent_required suberror',
    new InteractionRequiredAuthError('invalid_grant', 'c', 'x', 'consent_required'),
    'consent-required',
    'grant-consent',
  ],
  [
    'AADSTS65001 in message',
    new ServerError('invalid_grant', 'c', 'AADSTS65001: The user or administrator has not consented'),
    'consent-required',
    'grant-consent',
  ],
  [
    'AADSTS number only in errorNo',
    new ServerError('invalid_grant', 'c', 'no text', '', '65001'),
    'consent-required',
    'grant-consent',
  ],
  [
    'AADSTS50076 MFA',
    new ServerError('invalid_grant', 'c', 'AADSTS50076: MFA required'),
    'interaction-required',
    'sign-in',
  ],
  [
    'AADSTS53003 conditional access',
    new ServerError('access_denied', 'c', 'AADSTS53003: blocked'),
    'forbidden',
    'grant-consent',
  ],
  [
    'AADSTS50011 redirect mismatch',
    new ServerError('invalid_request', 'c', 'AADSTS50011: reply URL'),
    'not-configured',
    'none',
  ],
  ['popup_window_error', new BrowserAuthError('popup_window_error', 'cid'), 'popup-blocked', 'allow-popups'],
  ['empty_window_error', new BrowserAuthError('empty_window_error', 'cid'), 'popup-blocked', 'allow-popups'],
  ['user_cancelled', new BrowserAuthError('user_cancelled', 'cid'), 'cancelled', 'sign-in'],
  ['NAA user_canceled', new ClientAuthError('user_canceled', 'cid'), 'cancelled', 'sign-in'],
  [
    'no_network_connectivity (browser)',
    new BrowserAuthError('no_network_connectivity', 'cid'),
    'offline',
    'retry-later',
  ],
  [
    'no_network_connectivity (NAA)',
    new ClientAuthError('no_network_connectivity', 'cid'),
    'offline',
    'retry-later',
  ],
  ['post_request_failed', new BrowserAuthError('post_request_failed', 'cid'), 'offline', 'retry-later'],
  ['timed_out', new BrowserAuthError('timed_out', 'cid'), 'timeout', 'retry-later'],
  ['monitor_window_timeout', new BrowserAuthError('monitor_window_timeout', 'cid'), 'timeout', 'retry-later'],
  ['no_account_error', new BrowserAuthError('no_account_error', 'cid'), 'interaction-required', 'sign-in'],
  ['NAA no_account_found', new ClientAuthError('no_account_found', 'cid'), 'interaction-required', 'sign-in'],
  [
    'NAA bridge disabled',
    new ClientAuthError('nested_app_auth_bridge_disabled', 'cid'),
    'unsupported',
    'open-in-browser',
  ],
  [
    'origin not valid for NAA',
    new ServerError('unknown_error', 'c', 'The origin is not valid for Nested App Auth'),
    'not-configured',
    'none',
  ],
  [
    'block_nested_popups',
    new BrowserAuthError('block_nested_popups', 'cid'),
    'unsupported',
    'open-in-browser',
  ],
  ['redirect_in_iframe', new BrowserAuthError('redirect_in_iframe', 'cid'), 'unsupported', 'open-in-browser'],
  ['bridge transient (ServerError)', new ServerError('transient_error', 'c'), 'server', 'retry-later'],
  ['empty ServerError (Mac)', new ServerError('', 'c'), 'server', 'retry-later'],
  ['raw bridge USER_CANCEL', { status: 'USER_CANCEL' }, 'cancelled', 'sign-in'],
  ['raw bridge ACCOUNT_UNAVAILABLE', { status: 'ACCOUNT_UNAVAILABLE' }, 'interaction-required', 'sign-in'],
  [
    'raw bridge NESTED_APP_AUTH_UNAVAILABLE',
    { status: 'NESTED_APP_AUTH_UNAVAILABLE' },
    'unsupported',
    'open-in-browser',
  ],
  ['raw bridge PERSISTENT_ERROR', { status: 'PERSISTENT_ERROR' }, 'server', 'retry-later'],
  ['non_browser_environment', new BrowserAuthError('non_browser_environment', 'cid'), 'not-in-host', 'none'],
  ['interaction_in_progress', new BrowserAuthError('interaction_in_progress', 'cid'), 'unknown', 'none'],
  ['fetch TypeError', new TypeError('Failed to fetch'), 'offline', 'retry-later'],
  ['a string', 'nope', 'unknown', 'none'],
];

describe('toAuthAppError: each MSAL/NAA error → one kind and one UI action', () => {
  it.each(cases)('%s', (_name, thrown, kind, action) => {
    const e = toAuthAppError(thrown);
    expect(e.kind).toBe(kind);
    expect(authUiAction(e)).toBe(action);
  });
});
