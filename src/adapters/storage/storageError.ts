import type { AppError } from '../../core/errors/AppError';

/**
 * Local storage failures (QuotaExceededError, InvalidStateError, ENOSPC, EACCES, …) map to 'unknown'
 * with a `storage:<name>` code: the engine treats any failed write as "stop before sending" and shows
 * the sync catalog's storage reason, so the user always hears about it (reliability.md F24/R13).
 */
export function storageError(e: unknown, what: string): AppError {
  const name = e instanceof Error ? ((e as { code?: string }).code ?? e.name) : 'Error';
  const detail = e instanceof Error ? `${what}: ${e.message}` : what;
  return { kind: 'unknown', code: `storage:${name}`, detail };
}
