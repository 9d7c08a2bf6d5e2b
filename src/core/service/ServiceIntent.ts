/** What one job wants said, to whom, and when. Adapters execute intents; jobs never send. */
export type IntentKind =
  | 'audit'
  | 'due-soon'
  | 'overdue'
  | 'escalation'
  | 'daily-update'
  | 'minutes-draft'
  | 'minutes-final'
  | 'standup-digest'
  | 'quarterly-review'
  /** An owner declined an action item: back to the organizer. */
  | 'declined';

/** Where an intent's claim lives: an open extension on the organizer's event, or on the recipient. */
export type ClaimScope =
  { kind: 'event'; userId: string; eventId: string } | { kind: 'user'; userId: string };

export interface ServiceIntent {
  /** `job|item|window`: the same intent computed twice (restart, second instance) has the same key. */
  key: string;
  kind: IntentKind;
  recipientId: string;
  /** UTC ISO: send no earlier than start and not at or after end. */
  window: { start: string; end: string };
  scope: ClaimScope;
  /** Priority wording (a blocked slot). */
  priority: boolean;
  title: string;
  text: string;
  link: string;
}

/** p = pending (claimed, maybe sent), d = done (sent and recorded). */
export interface Claim {
  s: 'p' | 'd';
  by: string;
  /** Lease end (ms since epoch) of a pending claim. */
  until: number;
  /** Window end (ms): lets old claims be pruned. */
  end: number;
}

export interface ClaimDoc {
  /** null when the document does not exist yet. */
  etag: string | null;
  claims: Record<string, Claim>;
}

export function intentKey(job: IntentKind, item: string, window: string): string {
  return `${job}|${item}|${window}`;
}

export interface IntentParts {
  kind: IntentKind;
  /** What it is about (a task/owner, an event, a series) and which occasion (a day, a version). */
  item: string;
  occasion: string;
  recipientId: string;
  window: { start: string; end: string };
  /** Default: the recipient's own claim document. */
  scope?: ClaimScope;
  priority: boolean;
  title: string;
  text: string;
  link: string;
}

/** The one way jobs build an intent: the key is derived, never written by hand. */
export function makeIntent(p: IntentParts): ServiceIntent {
  return {
    key: intentKey(p.kind, p.item, p.occasion),
    kind: p.kind,
    recipientId: p.recipientId,
    window: p.window,
    scope: p.scope ?? { kind: 'user', userId: p.recipientId },
    priority: p.priority,
    title: p.title,
    text: p.text,
    link: p.link,
  };
}

/** Graph's chainId is an Int64; 53 bits of a stable hash of the key fit a JSON number exactly. */
export function chainIdOf(key: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h1 & 0x1fffff) * 0x100000000 + h2;
}

/** Instances share work by hashing the user a claim belongs to (FNV-1a, then murmur's finaliser: ids that differ in two characters must still spread). */
export function shardOf(userId: string, shards: number): number {
  if (shards <= 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) h = Math.imul(h ^ userId.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % shards;
}
