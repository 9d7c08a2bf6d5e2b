import { appError, type AppError, type AppErrorKind } from '../../core/errors/AppError';

/**
 * The one place where Graph/HTTP/network failures become `AppError`s. Every Graph adapter, the $batch
 * helper and the retry middleware use it, so a 429 means the same thing wherever it appears.
 */

/** Retry-After as milliseconds: seconds (decimals occur inside $batch) or an HTTP-date. Garbage → undefined. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Math.max(0, Math.round(Number(text) * 1000));
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

const PLANNER_LIMIT = /^Maximum[A-Za-z]+/;
const CONSENT_CODES = new Set(['Authorization_RequestDenied', 'consent_required', 'AADSTS65001']);
const CLAIMS = /insufficient_claims/i;

/** Graph error codes that say more than their status does. Checked before the status table. */
const CODE_KINDS: Record<string, AppErrorKind> = {
  InvalidAuthenticationToken: 'unauthorized',
  ErrorInvalidIdMalformed: 'bad-request',
  ErrorItemNotFound: 'not-found',
  ResourceNotFound: 'not-found',
  itemNotFound: 'not-found',
  ErrorQuotaExceeded: 'limit-exceeded',
  QuotaLimitReached: 'limit-exceeded',
  MailboxNotEnabledForRESTAPI: 'unsupported',
  ErrorAccessDenied: 'forbidden',
  accessDenied: 'forbidden',
  activityLimitReached: 'throttled',
  ApplicationThrottled: 'throttled',
  TooManyRequests: 'throttled',
  serviceNotAvailable: 'server',
};

// 503 and 504 are `server` (PlannerPort's contract): the sync engine treats them, like 429, as retry-later/ambiguous.
function kindForStatus(status: number): AppErrorKind {
  if (status === 400 || status === 405 || status === 406 || status === 411 || status === 415 || status === 422) return 'bad-request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 412) return 'precondition-failed';
  if (status === 413 || status === 507) return 'limit-exceeded';
  if (status === 429) return 'throttled';
  if (status >= 500 && status <= 599) return 'server';
  return 'unknown';
}

export interface HttpFailure {
  status: number;
  /** Graph `error.code`. */
  code?: string | null;
  message?: string;
  /** Raw Retry-After header value. */
  retryAfter?: string | null;
  /** Raw WWW-Authenticate header value (claims challenges). */
  wwwAuthenticate?: string | null;
}

export function httpToAppError(f: HttpFailure, nowMs: number = Date.now()): AppError {
  const retryAfterMs = parseRetryAfter(f.retryAfter, nowMs);
  const code = f.code ?? undefined;
  let kind: AppErrorKind;
  if (f.status === 424) kind = 'unknown';
  else if ((f.status === 401 || f.status === 403) && (CLAIMS.test(f.wwwAuthenticate ?? '') || CLAIMS.test(code ?? ''))) kind = 'interaction-required';
  else if (f.status === 403 && code !== undefined && PLANNER_LIMIT.test(code)) kind = 'limit-exceeded';
  else if (code !== undefined && CONSENT_CODES.has(code)) kind = 'consent-required';
  else if (code !== undefined && CODE_KINDS[code] !== undefined && f.status >= 400) kind = CODE_KINDS[code];
  else kind = kindForStatus(f.status);
  const detail = `${f.status}${code ? ` ${code}` : ''}${f.message ? `: ${f.message}` : ''}`;
  return appError(kind, f.status === 424 ? `dependency failed (${detail})` : detail, {
    code: code ?? f.status,
    ...(retryAfterMs !== undefined && (kind === 'throttled' || kind === 'server' || kind === 'timeout') ? { retryAfterMs } : {}),
  });
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** A thrown value that already carries its AppError (our middleware attaches one before the SDK wraps it). */
export interface AppErrorCarrier {
  appError: AppError;
}

export function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string' && !(value instanceof Error);
}

function carried(e: unknown): AppError | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const inner = (e as Partial<AppErrorCarrier>).appError;
  return isAppError(inner) ? inner : undefined;
}

function errnoCode(e: unknown, depth = 0): string | undefined {
  if (typeof e !== 'object' || e === null || depth > 3) return undefined;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || TIMEOUT_CODES.has(code))) return code;
  return errnoCode((e as { cause?: unknown }).cause, depth + 1);
}

function headerOf(headers: unknown, name: string): string | null {
  if (headers && typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  return null;
}

/** Anything thrown by the Graph SDK, fetch, or our middleware → AppError. Never throws. */
export function toAppError(e: unknown, nowMs: number = Date.now()): AppError {
  const already = carried(e) ?? (isAppError(e) ? e : undefined);
  if (already) return already;
  if (typeof e !== 'object' || e === null) return appError('unknown', String(e));
  const err = e as { name?: unknown; message?: unknown; statusCode?: unknown; code?: unknown; headers?: unknown; body?: unknown };
  const name = typeof err.name === 'string' ? err.name : '';
  const message = typeof err.message === 'string' ? err.message : '';
  const netCode = errnoCode(e);
  if (netCode) return appError(TIMEOUT_CODES.has(netCode) ? 'timeout' : 'offline', `${netCode}: ${message}`, { code: netCode });
  if (name === 'TimeoutError') return appError('timeout', message || 'request timed out', { code: 'TimeoutError' });
  if (name === 'AbortError') return appError('cancelled', message || 'request aborted', { code: 'AbortError' });
  const status = typeof err.statusCode === 'number' ? err.statusCode : undefined;
  if (status !== undefined && status >= 400) {
    return httpToAppError(
      {
        status,
        code: typeof err.code === 'string' ? err.code : null,
        message,
        retryAfter: headerOf(err.headers, 'retry-after'),
        wwwAuthenticate: headerOf(err.headers, 'www-authenticate'),
      },
      nowMs,
    );
  }
  // fetch() rejects with a TypeError for DNS, refused connections and CORS alike: to the user that is "offline".
  if (name === 'TypeError' && /fetch|network|load failed/i.test(message)) return appError('offline', message, { code: 'TypeError' });
  if (e instanceof SyntaxError) return appError('server', `unreadable response: ${message}`, { code: 'SyntaxError' });
  return appError('unknown', message || name || 'unknown error');
}
