import type { UserRec } from '../EmuState';

/**
 * The slice of Entra ID's `$filter` on `/users` that a client resolving addresses needs, with Graph's
 * split between default and advanced queries (learn.microsoft.com/graph/aad-advanced-queries):
 * `eq`, `in`, `startsWith` and `any(x:x eq …)` on `otherMails`/`proxyAddresses` work by default;
 * `endsWith`, `ne` and `not` need `ConsistencyLevel: eventual` and `$count=true`, else 400.
 * Clauses combine with `or` and `and` (no parentheses beyond the lambda and `in` lists).
 */
export type UserFilter =
  { ok: true; test: (u: UserRec) => boolean } | { ok: false; code: string; message: string };

const ADVANCED_MISSING = (op: string) =>
  `Operator '${op}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`;

const STRING_PROPS = [
  'id',
  'mail',
  'userPrincipalName',
  'displayName',
  'givenName',
  'surname',
  'userType',
  'department',
  'jobTitle',
] as const;
const COLLECTION_PROPS = ['otherMails', 'proxyAddresses'] as const;

function values(u: UserRec, prop: string): string[] {
  const p = prop.toLowerCase();
  if (p === 'othermails') return u.otherMails ?? [];
  if (p === 'proxyaddresses') return u.proxyAddresses ?? [`SMTP:${u.mail}`];
  if (p === 'usertype') return [u.userType ?? 'Member'];
  const key = STRING_PROPS.find((k) => k.toLowerCase() === p);
  const v = key ? (u as unknown as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? [v] : [];
}

const known = (prop: string, kinds: readonly string[]) =>
  kinds.some((k) => k.toLowerCase() === prop.toLowerCase());
const unquote = (s: string) => s.replace(/''/g, "'");
// Quoted OData strings ('…', '' escapes a quote) are spelled out in each literal below, so the regex
// pump sees every pattern.
const KEYWORD = { or: /\s+or\s+/iy, and: /\s+and\s+/iy } as const;

/** Splits at a top-level keyword (` or `, ` and `), outside quotes and parentheses. */
function splitTop(s: string, word: 'or' | 'and'): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  const re = KEYWORD[word];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    // Only at the start of a run of blanks: trying every blank of a long run would be quadratic.
    else if (!quoted && depth === 0 && /\s/.test(c!) && !(i > 0 && /\s/.test(s[i - 1]!))) {
      re.lastIndex = i;
      const m = re.exec(s);
      if (m) {
        out.push(s.slice(start, i).trim());
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  out.push(s.slice(start).trim());
  return out;
}

type Clause =
  | { ok: true; test: (u: UserRec) => boolean }
  | { ok: false; code: string; message: string; advanced?: boolean };

function clause(raw: string, advanced: boolean): Clause {
  const c = raw
    .trim()
    .replace(/^\((.*)\)$/s, '$1')
    .trim();
  const bad = (prop: string): Clause => ({
    ok: false,
    code: 'Request_UnsupportedQuery',
    message: `Unsupported or invalid query filter clause specified for property '${prop}' of resource 'User'.`,
  });
  const needAdvanced = (op: string): Clause | null =>
    advanced
      ? null
      : { ok: false, code: 'Request_UnsupportedQuery', message: ADVANCED_MISSING(op), advanced: true };
  let m = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/is.exec(c);
  if (m) {
    const [prop, v] = [m[1]!, unquote(m[2]!).toLowerCase()];
    if (!known(prop, STRING_PROPS)) return bad(prop);
    return { ok: true, test: (u) => values(u, prop).some((x) => x.toLowerCase() === v) };
  }
  m = /^(\w+)\s+in\s+\((.*)\)$/is.exec(c);
  if (m) {
    const prop = m[1]!;
    if (!known(prop, STRING_PROPS)) return bad(prop);
    const list = [...m[2]!.matchAll(/'((?:[^']|'')*)'/g)].map((x) => unquote(x[1]!).toLowerCase());
    return { ok: true, test: (u) => values(u, prop).some((x) => list.includes(x.toLowerCase())) };
  }
  m = /^(\w+)\/any\(\s*(\w+)\s*:\s*\2\s+(eq|ne)\s+'((?:[^']|'')*)'\s*\)$/is.exec(c);
  if (m) {
    const [prop, op, v] = [m[1]!, m[3]!.toLowerCase(), unquote(m[4]!).toLowerCase()];
    if (!known(prop, COLLECTION_PROPS)) return bad(prop);
    if (op === 'ne') return needAdvanced('ne') ?? bad(prop);
    return { ok: true, test: (u) => values(u, prop).some((x) => x.toLowerCase() === v) };
  }
  m = /^(startswith|endswith)\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)$/is.exec(c);
  if (m) {
    const [fn, prop, v] = [m[1]!.toLowerCase(), m[2]!, unquote(m[3]!).toLowerCase()];
    if (!known(prop, STRING_PROPS)) return bad(prop);
    if (fn === 'endswith') {
      const refused = needAdvanced('endsWith');
      if (refused) return refused;
      return { ok: true, test: (u) => values(u, prop).some((x) => x.toLowerCase().endsWith(v)) };
    }
    return { ok: true, test: (u) => values(u, prop).some((x) => x.toLowerCase().startsWith(v)) };
  }
  if (/^not[\s(]/i.test(c)) return needAdvanced('Not') ?? bad('not');
  m = /^(\w+)\s+ne\s+/i.exec(c);
  if (m) return needAdvanced('ne') ?? bad(m[1]!);
  return { ok: false, code: 'BadRequest', message: 'Invalid filter clause' };
}

export function parseUserFilter(filter: string, advanced: boolean): UserFilter {
  const anyOf: Array<Array<(u: UserRec) => boolean>> = [];
  for (const alt of splitTop(filter, 'or')) {
    const all: Array<(u: UserRec) => boolean> = [];
    for (const part of splitTop(alt, 'and')) {
      const c = clause(part, advanced);
      if (!c.ok) return { ok: false, code: c.code, message: c.message };
      all.push(c.test);
    }
    anyOf.push(all);
  }
  return { ok: true, test: (u) => anyOf.some((all) => all.every((t) => t(u))) };
}
