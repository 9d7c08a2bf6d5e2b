import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { AuthPort } from '../../../core/ports/AuthPort';
import { discard, setHeader, throwable } from './requestParts';

const CLAIMS = /claims="([^"]+)"/;

/**
 * Bearer token from the AuthPort (always silent). A 401 gets exactly one forced refresh and one resend —
 * a 401 means Graph rejected the request before doing anything, so even a POST is safe to resend once.
 */
export class AuthMiddleware implements Middleware {
  private next?: Middleware;
  constructor(private readonly auth: AuthPort) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(ctx: Context): Promise<void> {
    if (!this.next) throw new Error('AuthMiddleware needs a next middleware');
    const token = await this.auth.getToken();
    if (!token.ok) throw throwable(token.error);
    setHeader(ctx, 'Authorization', `Bearer ${token.value}`);
    await this.next.execute(ctx);
    if (ctx.response?.status !== 401) return;
    const claims = CLAIMS.exec(ctx.response.headers.get('www-authenticate') ?? '')?.[1];
    const fresh = await this.auth.getToken({ forceRefresh: true, ...(claims ? { claims } : {}) });
    if (!fresh.ok) return; // keep the 401: toAppError turns it into unauthorized / interaction-required
    await discard(ctx.response);
    setHeader(ctx, 'Authorization', `Bearer ${fresh.value}`);
    await this.next.execute(ctx);
  }
}
