import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { toAppError } from '../toAppError';
import { throwable } from './requestParts';

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * The end of the chain: the SDK's HTTPMessageHandler, but with an injectable fetch, and the body read
 * inside the deadline and the concurrency slot, so a request counts as in flight until it is complete.
 */
export class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init)) {}

  async execute(ctx: Context): Promise<void> {
    try {
      const response = await this.fetchImpl(ctx.request, ctx.options as RequestInit);
      const bytes = await response.arrayBuffer();
      ctx.response = new Response(NULL_BODY.has(response.status) || bytes.byteLength === 0 ? null : bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (e) {
      throw throwable(toAppError(e));
    }
  }
}
