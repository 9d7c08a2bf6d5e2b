import type { MailRec } from '../EmuState';
import { isObject } from '../odata';

/** `singleValueExtendedProperties: [{id, value}]` of a message → the record's map (ids compared case-insensitively). */
export function extendedProperties(raw: unknown): Pick<MailRec, 'extendedProperties'> {
  if (!Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const p of raw)
    if (isObject(p) && typeof p.id === 'string' && typeof p.value === 'string')
      out[p.id.toLowerCase()] = p.value;
  return Object.keys(out).length ? { extendedProperties: out } : {};
}

/**
 * The one `$filter` shape Graph documents for extended properties:
 * `singleValueExtendedProperties/Any(ep: ep/id eq '{id}' and ep/value eq '{value}')`.
 */
export function extendedPropertyFilter(filter: string | null): { id: string; value: string } | null {
  if (!filter) return null;
  const m =
    /singleValueExtendedProperties\/any\(\s*(\w+)\s*:\s*\1\/id\s+eq\s+'((?:[^']|'')*)'\s+and\s+\1\/value\s+eq\s+'((?:[^']|'')*)'\s*\)/i.exec(
      filter,
    );
  return m ? { id: m[2]!.replace(/''/g, "'"), value: m[3]!.replace(/''/g, "'") } : null;
}
