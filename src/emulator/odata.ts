import type { EmuRequest, EmuResponse } from './EmuRequest';

/** A JSON response; an `@odata.etag` in the body is mirrored into the `ETag` header, as Planner does. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): EmuResponse {
  const out: Record<string, string> = { 'content-type': 'application/json; odata.metadata=minimal; odata.streaming=true', ...headers };
  if (body && typeof body === 'object' && typeof (body as Record<string, unknown>)['@odata.etag'] === 'string') {
    out.etag = (body as Record<string, string>)['@odata.etag']!;
  }
  return { status, headers: out, body };
}

export const noContent = (headers: Record<string, string> = {}): EmuResponse => ({ status: 204, headers });

/** `Prefer: return=representation` → 200 with the object, else 204 (with the new ETag header). */
export function writeResult(req: EmuRequest, body: Record<string, unknown>): EmuResponse {
  const prefer = (req.headers.prefer ?? '').toLowerCase();
  if (prefer.includes('return=representation')) return json(200, body);
  const etag = body['@odata.etag'];
  return noContent(typeof etag === 'string' ? { etag } : {});
}

/** `$select=a,b`: keep those properties plus the ones OData always sends. */
export function select<T extends Record<string, unknown>>(req: EmuRequest, obj: T): Record<string, unknown> {
  const raw = req.query.get('$select');
  if (!raw) return obj;
  const keep = new Set(raw.split(',').map((s) => s.trim()).filter(Boolean));
  // An expanded navigation property comes back whatever $select says (`$select=id&$expand=extensions`).
  for (const name of expands(req).keys()) keep.add(name);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (k.startsWith('@odata.') || k === 'id' || keep.has(k) || keep.has(k.toLowerCase())) out[k] = v;
  return out;
}

/** A collection with `$top`/`$skip` paging and an `@odata.nextLink` (as `$skiptoken`). */
export function collection(req: EmuRequest, items: Array<Record<string, unknown>>, context: string, pageSize = 100): EmuResponse {
  const top = Math.max(1, Math.min(Number(req.query.get('$top')) || pageSize, 999));
  const skip = Math.max(0, Number(req.query.get('$skiptoken') ?? req.query.get('$skip')) || 0);
  const page = items.slice(skip, skip + top).map((o) => select(req, o));
  const body: Record<string, unknown> = { '@odata.context': `${req.baseUrl}/$metadata#${context}` };
  if (req.query.get('$count') === 'true') body['@odata.count'] = items.length;
  body.value = page;
  if (skip + top < items.length) {
    const next = new URLSearchParams(req.query);
    next.delete('$skip');
    next.set('$skiptoken', String(skip + top));
    body['@odata.nextLink'] = `${req.baseUrl}${req.path}?${next.toString()}`;
  }
  return json(200, body);
}

/** Values of `<prop> eq '<value>'` in a `$filter` (case-insensitive property name; quotes unescaped). */
export function filterEq(filter: string | null, prop: string): string[] {
  if (!filter) return [];
  const re = new RegExp(`${prop.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s+eq\\s+'((?:[^']|'')*)'`, 'gi');
  return [...filter.matchAll(re)].map((m) => m[1]!.replace(/''/g, "'"));
}

/** `$expand=extensions($filter=id eq '...')` and friends: the names in `$expand` and their inner filters. */
export function expands(req: EmuRequest): Map<string, string | null> {
  const raw = req.query.get('$expand');
  const out = new Map<string, string | null>();
  if (!raw) return out;
  let depth = 0;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i <= raw.length; i++) {
    const c = raw[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === ',' && depth === 0) || i === raw.length) {
      parts.push(raw.slice(start, i).trim());
      start = i + 1;
    }
  }
  for (const p of parts) {
    const m = /^([\w.]+)(?:\((.*)\))?$/s.exec(p);
    if (!m) continue;
    const inner = m[2] ? (/\$filter=(.*)$/s.exec(m[2])?.[1] ?? null) : null;
    out.set(m[1]!.toLowerCase(), inner);
  }
  return out;
}

export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export const nowIso = (): string => new Date().toISOString();

/** Parse an ISO date-time (Graph sends `Z` or an offset); null on garbage. */
export function parseInstant(v: unknown): Date | null {
  if (typeof v !== 'string' || !v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}
