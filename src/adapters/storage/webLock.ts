/**
 * The sync engine's cross-pane lock (SyncDeps.lock) on the Web Locks API: one pane at a time works
 * the outbox (reliability.md F18). Undefined where the API is missing (old webviews, some partitioned
 * iframes); the engine then relies on reconciliation alone, which is safe for one pane only.
 */
export type OutboxLock = <T>(work: () => Promise<T>) => Promise<T>;

interface LocksLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export function webLock(name = 'meeting-guard-outbox', nav: { locks?: LocksLike } | undefined = globalThis.navigator as { locks?: LocksLike } | undefined): OutboxLock | undefined {
  const locks = nav?.locks;
  if (!locks || typeof locks.request !== 'function') return undefined;
  return <T>(work: () => Promise<T>) => locks.request(name, work);
}
