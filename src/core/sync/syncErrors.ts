import type { AppError } from '../errors/AppError';

/**
 * How the engine reads an error. A write that failed this way may still have been applied by the
 * server (504 after commit, a dropped connection, a 429 inside `$batch` whose write went through), so
 * creates that end like this are reconciled before any retry (reliability.md §2.2).
 */
export function isAmbiguous(error: AppError): boolean {
  return error.kind === 'timeout' || error.kind === 'offline' || error.kind === 'server' || error.kind === 'throttled' || error.kind === 'unknown';
}

/** Nothing will work until the user signs in again: pause the whole queue, keep every item. */
export function isAuthBlock(error: AppError): boolean {
  return error.kind === 'unauthorized' || error.kind === 'interaction-required' || error.kind === 'consent-required';
}

/** Worth retrying later without the user changing anything. */
export function isTransient(error: AppError): boolean {
  return isAmbiguous(error) || error.kind === 'conflict' || error.kind === 'precondition-failed';
}

export const unknownOwner = (email: string): AppError => ({ kind: 'not-found', code: 'unknown-owner', detail: email });
export const invalidItem = (field: string): AppError => ({ kind: 'bad-request', code: 'invalid-item', detail: field });
