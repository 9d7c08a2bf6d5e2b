import type { EmulatorStore } from './EmulatorStore';
import type { UserRec } from './EmuState';

/** One Graph request as the route handlers see it, whether it came over HTTP or inside a `$batch`. */
export interface EmuRequest {
  method: string;
  /** Path below `/v1.0`, percent-decoded per segment by the router. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: unknown;
  /** The signed-in user (from the bearer token); for an app token, the mailbox named in `/users/{id}/…`. */
  user: UserRec;
  /** Set for app-only tokens (client credentials): the app and its application roles. */
  app?: { appId: string; roles: string[] };
  /** `http://host:port/v1.0`, for `@odata.context` and `@odata.nextLink`. */
  baseUrl: string;
  requestId: string;
  /** Route parameters, filled by the router. */
  params: Record<string, string>;
  /** Set inside `$batch`: the inner request id. */
  batchItemId?: string;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON-serialisable body; absent = no body. */
  body?: unknown;
}

/** Synchronous on purpose: a write is applied entirely inside one call, so faults can hit before or after it. */
export type Handler = (req: EmuRequest, store: EmulatorStore) => EmuResponse;
