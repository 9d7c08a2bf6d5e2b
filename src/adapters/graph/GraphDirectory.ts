import type { AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import type { DirectoryPort, DirectoryUser } from '../../core/ports/DirectoryPort';
import type { GraphClient } from './createGraphClient';
import { graphBatch, type BatchRequest } from './graphBatch';

type Json = Record<string, unknown>;
const SELECT = '$select=id,mail,displayName,userPrincipalName,otherMails,proxyAddresses';
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const lower = (v: unknown): string => (typeof v === 'string' ? v.toLowerCase() : '');
const lowerAll = (v: unknown): string[] => (Array.isArray(v) ? v.map(lower) : []);

/**
 * `GET /users/{x}` takes only an object id or a userPrincipalName, and the UPN is often not the mail
 * (guests: `anna_fabrikam.com#EXT#@contoso.onmicrosoft.com`; members signing in on the onmicrosoft
 * domain). An address is therefore looked up with `$filter` on mail, UPN, otherMails and proxyAddresses:
 * all `eq` forms that work without advanced-query headers (the same query Entra's B2B docs give for
 * "is this address already a user"). Both proxy prefixes are asked: `SMTP:` marks the primary address,
 * `smtp:` an alias, and the collection's comparison is not documented as case-insensitive.
 */
function addressFilter(address: string): string {
  const a = quote(address);
  const proxy = (prefix: string) => `proxyAddresses/any(p:p eq ${quote(`${prefix}:${address}`)})`;
  return `mail eq ${a} or userPrincipalName eq ${a} or otherMails/any(m:m eq ${a}) or ${proxy('SMTP')} or ${proxy('smtp')}`;
}

/** Several users can carry the address (a guest's otherMails, a member's alias): the primary mail wins. */
function pick(users: Json[], address: string): Json | undefined {
  const rank = (u: Json) => {
    if (lower(u.mail) === address) return 0;
    if (lowerAll(u.proxyAddresses).includes(`smtp:${address}`)) return 1;
    if (lowerAll(u.otherMails).includes(address)) return 2;
    return lower(u.userPrincipalName) === address ? 3 : 4;
  };
  return users.filter((u) => typeof u.id === 'string' && rank(u) < 4).sort((x, y) => rank(x) - rank(y))[0];
}

/** Addresses (or object ids) → directory users, in `$batch` envelopes of ≤ 20 lookups. */
export class GraphDirectory implements DirectoryPort {
  constructor(private readonly graph: GraphClient) {}

  async resolveUsers(
    emails: readonly string[],
  ): Promise<Result<Record<string, DirectoryUser | null>, AppError>> {
    const keys = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))];
    const requests: BatchRequest[] = keys.map((key, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: key.includes('@')
        ? `/users?$filter=${encodeURIComponent(addressFilter(key))}&${SELECT}`
        : `/users/${encodeURIComponent(key)}?${SELECT}`,
    }));
    const results = await graphBatch(this.graph, requests);
    const out: Record<string, DirectoryUser | null> = {};
    for (const [i, r] of results.entries()) {
      const key = keys[i]!;
      if (!r.ok) {
        if (r.error.kind === 'not-found') {
          out[key] = null;
          continue;
        }
        return err(r.error);
      }
      const body = (r.body ?? {}) as Json;
      const u = key.includes('@') ? pick(Array.isArray(body.value) ? (body.value as Json[]) : [], key) : body;
      if (typeof u?.id !== 'string') {
        out[key] = null;
        continue;
      }
      // The mail is the address people know; a UPN is a sign-in name, so it never stands in for it.
      const email = lower(u.mail) || (key.includes('@') ? key : '');
      out[key] = {
        id: u.id,
        email,
        ...(typeof u.displayName === 'string' ? { displayName: u.displayName } : {}),
      };
    }
    return ok(out);
  }
}
