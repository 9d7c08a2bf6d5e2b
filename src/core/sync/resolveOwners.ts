import type { OutboxEntry } from './OutboxEntry';
import { unknownOwner } from './syncErrors';
import type { SyncRuntime } from './SyncRuntime';

/**
 * Owner e-mail → directory id for every due entry that lacks one, in one directory call.
 * An unknown owner fails only that item (needs-attention, with the address in the reason).
 * Reads only, so nothing to write ahead. Returns false when the run must stop.
 */
export async function resolveOwners(rt: SyncRuntime): Promise<boolean> {
  const due = [...rt.entries.values()].filter((e) => e.state === 'queued' && !e.assigneeId && rt.isDue(e));
  if (!due.length) return true;
  const emails = [...new Set(due.map((e) => e.item.owner.email.trim().toLowerCase()))];
  const r = await rt.call(() => rt.deps.directory.resolveUsers(emails));
  if (!r.ok) {
    const stop = rt.observe(r.error);
    if (stop) return false;
    return rt.persist(due.map((e) => rt.transient(e, r.error)));
  }
  const changed: OutboxEntry[] = due.map((e) => {
    const email = e.item.owner.email.trim().toLowerCase();
    const user = r.value[email];
    return user ? rt.progressed(e, { assigneeId: user.id }) : rt.attention(e, unknownOwner(e.item.owner.email));
  });
  return rt.persist(changed);
}
