import { createTranslator } from '../i18n/createTranslator';
import { syncCatalog } from '../i18n/catalogs/syncCatalog';
import type { Lang } from '../model/Lang';
import type { AppError } from '../errors/AppError';
import { isAuthBlock, isTransient } from './syncErrors';
import type { ItemStatus, SyncProgress } from './SyncTypes';

const t = createTranslator(syncCatalog);

export interface ItemStatusText {
  label: string;
  /** Why, and what the user can do; absent when there is nothing to say. */
  reason?: string;
}

function reasonFor(error: AppError, item: ItemStatus, lang: Lang): string {
  if (error.code === 'unknown-owner') return t(lang, 'reason.unknown-owner', { email: error.detail ?? item.owner });
  if (error.code === 'invalid-item') return t(lang, 'reason.invalid', { field: error.detail ?? '' });
  if (typeof error.code === 'string' && error.code.startsWith('storage')) return t(lang, 'reason.storage');
  if (error.kind === 'limit-exceeded') return t(lang, 'reason.limit', { code: String(error.code ?? error.kind) });
  if (isAuthBlock(error)) return t(lang, 'reason.auth');
  if (error.kind === 'forbidden') return t(lang, 'reason.forbidden');
  if (error.kind === 'not-found' && item.state === 'needs-attention') return t(lang, 'reason.destination-missing');
  if (item.state === 'failed' && (error.kind === 'precondition-failed' || error.kind === 'conflict')) return t(lang, 'reason.conflict');
  if (item.state === 'failed') return t(lang, 'reason.gave-up', { attempts: item.attempts, kind: error.kind });
  if (isTransient(error) || error.kind === 'not-found') return t(lang, 'reason.retrying', { kind: error.kind });
  return t(lang, 'reason.invalid', { field: error.kind });
}

/** The text a screen shows for one item: a status label plus, when useful, the reason and remedy. */
export function describeItemStatus(item: ItemStatus, lang: Lang): ItemStatusText {
  const label = item.state === 'synced' && item.destination === 'todo' ? t(lang, 'status.synced.todo') : t(lang, `status.${item.state}`);
  if (item.lastError) return { label, reason: reasonFor(item.lastError, item, lang) };
  if (item.fallbackReason && item.destination === 'todo') return { label, reason: t(lang, 'reason.fallback-todo', { name: item.owner }) };
  return { label };
}

export function describeProgress(p: SyncProgress, lang: Lang): string {
  return t(lang, 'progress.summary', { synced: p.synced, total: p.total, failed: p.failed, inFlight: p.inFlight + p.queued });
}
