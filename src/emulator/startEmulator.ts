import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './handleAdmin';
import { appFromToken, appUser } from './appTokens';
import { identityRoute } from './identityRoutes';
import type { Emulator, EmulatorOptions, EmulatorStats, RequestLogEntry } from './Emulator';
import type { EmuRequest, EmuResponse } from './EmuRequest';
import { EmulatorStore } from './EmulatorStore';
import { executeRequest, type ExecContext } from './executeRequest';
import { FaultInjector, parseFaultHeader } from './FaultInjector';
import type { FaultRule } from './FaultRule';
import { graphError } from './graphError';
import { handleBatch } from './handleBatch';
import { createGraphRouter } from './createGraphRouter';
import type { UserRec } from './EmuState';

export type { Emulator, EmulatorOptions, EmulatorStats, RequestLogEntry } from './Emulator';
export type { FaultRule } from './FaultRule';

const LOG_LIMIT = 5000;
/** Graph refuses request bodies over 4 MB. */
const MAX_BODY_CHARS = 4 * 1024 * 1024;
/** Paths served by Exchange Online, which limits concurrency per mailbox. */
const OUTLOOK_PATH = /^\/(me|users\/[^/]+)\/(events|calendar|calendarView|findMeetingTimes|sendMail|mailFolders|messages|todo|mailboxSettings)(\/|$)/i;
const CORS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  // Not Retry-After: Graph does not expose it to pages on other origins (microsoft-graph-docs#17488).
  'access-control-expose-headers': 'ETag, Location, request-id, client-request-id, Content-Type',
  'access-control-max-age': '600',
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, r: EmuResponse, extra: Record<string, string> = {}): void {
  const headers: Record<string, string> = { ...CORS, ...extra, ...(r.headers ?? {}) };
  const payload = r.body === undefined ? '' : JSON.stringify(r.body);
  if (payload && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  res.writeHead(r.status, headers);
  res.end(payload);
}

/** The token of an `Authorization: Bearer …` header, '' when there is none. */
const bearerToken = (header: string | undefined): string => /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '')?.[1]?.trim() ?? '';

/**
 * Bearer tokens: `emu:<mail | upn | id | alias>` picks that user; `expired…` is refused as an expired token
 * (to drive refresh paths); any other non-empty token is the default organizer.
 */
function authenticate(store: EmulatorStore, token: string): UserRec | string {
  if (!token) return 'Access token is empty.';
  if (/^expired/i.test(token)) return 'Lifetime validation failed, the token is expired.';
  if (token.toLowerCase().startsWith('emu:')) {
    const key = token.slice(4);
    const user = key.toLowerCase() === 'organizer' ? store.defaultUser() : store.findUser(key);
    return user ?? `Access token does not name a user of this tenant (${key}).`;
  }
  return store.defaultUser();
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const store = new EmulatorStore({
    dataFile: opts.dataFile,
    seed: opts.seed,
    now: opts.now,
    persistDebounceMs: opts.persistDebounceMs,
  });
  const faults = new FaultInjector();
  faults.set(opts.faults ?? []);
  let latency = opts.latencyMs ?? 0;
  let stats: EmulatorStats = { requests: 0, byRoute: {}, maxInFlight: 0, inFlight: 0, log: [] };
  const router = createGraphRouter();
  const ctx: ExecContext = {
    router,
    store,
    faults,
    latencyMs: () => latency,
    record(entry: RequestLogEntry) {
      const key = entry.route;
      stats.byRoute[key] = (stats.byRoute[key] ?? 0) + 1;
      stats.log.push(entry);
      if (stats.log.length > LOG_LIMIT) stats.log.splice(0, stats.log.length - LOG_LIMIT);
      if (opts.verbose) process.stdout.write(`${entry.status} ${entry.method} ${entry.path}${entry.batchItemId ? ` [batch ${entry.batchItemId}]` : ''}${entry.fault ? ` (fault ${entry.fault})` : ''}\n`);
    },
  };
  let baseUrl = '';
  const mailboxInFlight = new Map<string, number>();

  async function graph(req: IncomingMessage, res: ServerResponse, rawPath: string, query: URLSearchParams): Promise<void> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    const requestId = randomUUID();
    const path = rawPath.slice('/v1.0'.length) || '/';
    const ids = { 'request-id': requestId, 'client-request-id': headers['client-request-id'] ?? requestId };
    const text = await readBody(req);
    if (text.length > MAX_BODY_CHARS) {
      send(res, graphError(413, 'RequestEntityTooLarge', 'The request body exceeds the 4 MB limit.', { requestId, headers }), ids);
      return;
    }
    let body: unknown;
    if (text.trim()) {
      try {
        body = JSON.parse(text);
      } catch {
        send(res, graphError(400, 'BadRequest', 'Unable to read JSON request payload.', { requestId, headers }), ids);
        return;
      }
    }
    const token = bearerToken(headers.authorization);
    const app = appFromToken(store, token);
    const user = typeof app === 'string' ? app : app ? appUser(app) : authenticate(store, token);
    if (typeof user === 'string') {
      const r = graphError(401, 'InvalidAuthenticationToken', user, { requestId, headers }, { 'www-authenticate': 'Bearer realm="", error="invalid_token"' });
      ctx.record({ at: Date.now(), method: req.method ?? 'GET', path, route: 'unauthenticated', status: 401 });
      send(res, r, ids);
      return;
    }
    if (opts.mailboxConcurrency !== undefined && OUTLOOK_PATH.test(path)) {
      const busy = (mailboxInFlight.get(user.id) ?? 0) + 1;
      mailboxInFlight.set(user.id, busy);
      res.on('close', () => mailboxInFlight.set(user.id, (mailboxInFlight.get(user.id) ?? 1) - 1));
      if (busy > opts.mailboxConcurrency) {
        const r = graphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { requestId, headers }, { 'retry-after': '1' });
        ctx.record({ at: Date.now(), method: req.method ?? 'GET', path, route: 'mailbox-concurrency', status: 429, user: user.mail });
        send(res, r, ids);
        return;
      }
    }
    const emuReq: EmuRequest = { method: (req.method ?? 'GET').toUpperCase(), path, query, headers, body, user, baseUrl: `${baseUrl}/v1.0`, requestId, params: {}, ...(app && typeof app === 'object' ? { app } : {}) };
    const headerFault = parseFaultHeader(headers['x-emu-fault']);
    const isBatch = emuReq.method === 'POST' && /^\/\$batch\/?$/i.test(path);
    const outcome = await executeRequest(
      ctx,
      emuReq,
      { headerFault },
      isBatch ? async () => ({ ...(await handleBatch(ctx, emuReq)), route: 'POST /$batch' }) : undefined,
    );
    if (outcome.drop) {
      req.socket.destroy();
      return;
    }
    send(res, outcome.response, ids);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator.local');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*' });
      res.end();
      return;
    }
    if (url.pathname.startsWith('/_emu/') || url.pathname === '/_emu') {
      void handleAdmin(req, url, { store, faults, emulator: () => emulator })
        .then((r) => send(res, r))
        .catch((e: unknown) => send(res, { status: 500, body: { error: String(e) } }));
      return;
    }
    const identity = identityRoute(req.method ?? 'GET', url.pathname);
    if (identity) {
      void readBody(req)
        .then((text) => send(res, identity(store, new URLSearchParams(text), baseUrl)))
        .catch((e: unknown) => send(res, { status: 500, body: { error: String(e) } }));
      return;
    }
    if (!/^\/v1\.0(\/|$)/i.test(url.pathname)) {
      send(res, { status: 404, body: { error: { code: 'NotFound', message: 'The emulator serves Graph under /v1.0 and tools under /_emu.' } } });
      return;
    }
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const done = () => {
      stats.inFlight--;
    };
    res.on('close', done);
    graph(req, res, url.pathname, url.searchParams).catch((e: unknown) => {
      if (!res.headersSent) send(res, graphError(500, 'InternalServerError', `Emulator error: ${e instanceof Error ? e.message : String(e)}`));
    });
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = !opts.host || opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
  baseUrl = `http://${host}:${address.port}`;

  const emulator: Emulator = {
    url: baseUrl,
    store,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.flush().catch(() => undefined);
    },
    setFaults(rules: FaultRule[]) {
      faults.set(rules);
    },
    faults: () => faults.list(),
    setLatency(ms: number) {
      latency = Math.max(0, ms);
    },
    stats: () => ({ ...stats, byRoute: { ...stats.byRoute }, log: [...stats.log] }),
    resetStats() {
      stats = { requests: 0, byRoute: {}, maxInFlight: stats.inFlight, inFlight: stats.inFlight, log: [] };
    },
    flush: () => store.flush(),
  };
  return emulator;
}
