/**
 * Idempotency without an idempotency key. Planner v1.0 has no client token on POST /planner/tasks,
 * so the item key must be recoverable from what `GET /planner/buckets/{id}/tasks` returns, in the same
 * write as the create. The title is the only such field:
 * - details (description/references) are a second resource written AFTER the create, so they are
 *   missing exactly in the window a lost create response leaves open;
 * - orderHint is rewritten by the server; conversationThreadId must name a group conversation;
 *   creationSource/externalObjectId would be ideal but is beta only (reliability.md §0.1).
 * So the title ends with a short marker "[MG-xxxxxxxx]": 8 base-32 chars of a 40-bit hash of the key
 * (collision chance for 30 items in one bucket ≈ 4e-10). The full key is also written into the
 * description block for humans and audits. The marker only has to survive until reconciliation
 * (seconds after the create); the task id is kept locally from then on.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const MARKER = /\[MG-([0-9a-hjkmnp-tv-z]{8})\]\s*$/;
const MAX_CONTENT = 200;

/** FNV-1a over UTF-16 code units with a seed; 32 bits. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // murmur3's fmix32: FNV alone leaves near-identical outputs for near-identical keys ("…#1", "…#2").
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function markerFor(key: string): string {
  const hi = fnv1a(key, 0);
  const lo = fnv1a(key, 0x9e3779b9);
  let out = '';
  // 40 bits = 32 of hi + 8 of lo, 5 bits per character.
  // 2^40 is exact in a double, so plain arithmetic is safe.
  let acc = hi * 256 + (lo & 0xff);
  for (let i = 0; i < 8; i++) {
    out = ALPHABET[acc % 32] + out;
    acc = Math.floor(acc / 32);
  }
  return `MG-${out}`;
}

/** The task title: the item's content (capped, single line) followed by the marker. */
export function taskTitle(content: string, key: string): string {
  const line = content.replace(/\s+/g, ' ').trim();
  const capped = line.length > MAX_CONTENT ? `${line.slice(0, MAX_CONTENT - 1)}…` : line;
  return `${capped} [${markerFor(key)}]`;
}

/** The marker a title carries, or undefined. */
export function markerInTitle(title: string): string | undefined {
  const m = MARKER.exec(title);
  return m ? `MG-${m[1]}` : undefined;
}

/**
 * A stable GUID-shaped id for our checklist item `index` of item `key`: re-running the details step
 * writes the same keys, so it can never add a checklist item twice.
 */
export function stableGuid(key: string, index: number): string {
  const hex = [0, 1, 2, 3].map((s) => fnv1a(`${key}#${index}`, s * 0x27d4eb2d).toString(16).padStart(8, '0')).join('');
  const v = `4${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${v}-${variant}-${hex.slice(20, 32)}`;
}
