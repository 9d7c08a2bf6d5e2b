/**
 * The closed set of failures the UI knows how to explain. Each adapter maps its SDK's errors to these
 * in one file; the UI shows a localized message and an action per kind (errorsCatalog), never a stack.
 */
export type AppErrorKind =
  | 'offline' // no network at all
  | 'timeout'
  | 'throttled' // 429 / 503 with Retry-After
  | 'server' // 5xx
  | 'unauthorized' // 401: token missing/expired, sign in again
  | 'interaction-required' // MSAL needs a prompt
  | 'consent-required' // admin or user consent missing
  | 'forbidden' // 403: no access to the plan/resource
  | 'not-found'
  | 'conflict' // 409
  | 'precondition-failed' // 412: ETag stale
  | 'bad-request' // 400: our request was wrong (a bug or bad data)
  | 'limit-exceeded' // Planner limits (assignees, checklist items)
  | 'popup-blocked'
  | 'cancelled' // the user closed the sign-in
  | 'not-in-host' // no Office / Teams host around us
  | 'unsupported' // host lacks a capability / requirement set
  | 'not-configured' // the deployment's sign-in setup is missing or wrong (app-config.json, Entra app registration)
  | 'item-unavailable' // the Outlook item could not be read or written
  | 'unknown';

export interface AppError {
  kind: AppErrorKind;
  /** Developer detail for logs; never shown raw to users. */
  detail?: string;
  /** When to try again (throttled, server). */
  retryAfterMs?: number;
  /** HTTP status or SDK error code, when there was one. */
  code?: string | number;
}

export const appError = (kind: AppErrorKind, detail?: string, extra: Partial<AppError> = {}): AppError => ({
  kind,
  ...(detail === undefined ? {} : { detail }),
  ...extra,
});
