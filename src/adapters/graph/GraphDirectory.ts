import type { AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import type { DirectoryPort, DirectoryUser } from '../../core/ports/DirectoryPort';
import type { GraphClient } from './createGraphClient';
import { graphBatch } from './graphBatch';

type Json = Record<string, unknown>;

/** Addresses → directory users with `$batch` GET /users/{address} (≤ 20 per envelope). */
export class GraphDirectory implements DirectoryPort {
  constructor(private readonly graph: GraphClient) {}

  async resolveUsers(emails: readonly string[]): Promise<Result<Record<string, DirectoryUser | null>, AppError>> {
    const addresses = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))];
    const results = await graphBatch(
      this.graph,
      addresses.map((address, i) => ({
        id: String(i + 1),
        method: 'GET' as const,
        url: `/users/${encodeURIComponent(address)}?$select=id,mail,displayName,userPrincipalName`,
      })),
    );
    const out: Record<string, DirectoryUser | null> = {};
    for (const [i, r] of results.entries()) {
      const address = addresses[i]!;
      if (!r.ok) {
        if (r.error.kind === 'not-found') {
          out[address] = null;
          continue;
        }
        return err(r.error);
      }
      const u = r.body as Json;
      if (typeof u?.id !== 'string') {
        out[address] = null;
        continue;
      }
      const mail = typeof u.mail === 'string' && u.mail ? u.mail : typeof u.userPrincipalName === 'string' ? u.userPrincipalName : address;
      out[address] = { id: u.id, email: mail.toLowerCase(), ...(typeof u.displayName === 'string' ? { displayName: u.displayName } : {}) };
    }
    return ok(out);
  }
}
