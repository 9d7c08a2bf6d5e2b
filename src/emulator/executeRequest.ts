import { bindAppRequest, rebaseLinks } from './appAccess';
import type { RequestLogEntry } from './Emulator';
import type { EmuRequest, EmuResponse } from './EmuRequest';
import type { EmulatorStore } from './EmulatorStore';
import type { FaultInjector } from './FaultInjector';
import type { FaultRule } from './FaultRule';
import { graphError } from './graphError';
import type { Router } from './Router';

export interface ExecContext {
  router: Router;
  store: EmulatorStore;
  faults: FaultInjector;
  latencyMs(): number;
  record(entry: RequestLogEntry): void;
}

export interface ExecOutcome {
  response: EmuResponse;
  /** The connection must be destroyed instead of answered (`drop-*` faults). */
  drop: boolean;
}

export const sleep = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

export function retryAfterValue(rule: FaultRule, fallback: number): string {
  if (rule.retryAfter === undefined) return String(fallback);
  return typeof rule.retryAfter === 'number' ? String(rule.retryAfter) : rule.retryAfter;
}

/** Error responses for faults that answer without touching the state. */
export function faultResponse(req: EmuRequest, rule: FaultRule): EmuResponse | null {
  switch (rule.kind) {
    case '429':
      return graphError(429, 'TooManyRequests', 'Too many requests. Please retry after the time given in Retry-After.', req, {
        'retry-after': retryAfterValue(rule, 1),
      });
    case '500':
      return graphError(500, 'InternalServerError', 'An internal server error occurred.', req);
    case '503':
      return graphError(503, 'ServiceUnavailable', 'The service is temporarily unavailable.', req, { 'retry-after': retryAfterValue(rule, 2) });
    case '412':
      return graphError(412, 'PreconditionFailed', 'The If-Match header contains an invalid value.', req);
    case '404':
      return graphError(404, 'NotFound', 'The requested item is not found.', req);
    case '409':
      return graphError(409, 'Conflict', 'The attempted changes conflicted with already accepted changes.', req);
    default:
      return null;
  }
}

function runHandler(ctx: ExecContext, original: EmuRequest): { response: EmuResponse; route: string } {
  const bound = original.app ? bindAppRequest(original, ctx.store, ctx.router) : original;
  if (!('method' in bound)) return { response: bound, route: `${original.method} app-refused` };
  const ran = runRoute(ctx, bound);
  return { ...ran, response: rebaseLinks(ran.response, original, bound) };
}

function runRoute(ctx: ExecContext, req: EmuRequest): { response: EmuResponse; route: string } {
  const match = ctx.router.match(req.method, req.path);
  if (!('handler' in match)) {
    if (match.allowed.length > 0) {
      return {
        response: graphError(405, 'Request_BadRequest', `The HTTP method '${req.method}' is not allowed for this resource.`, req, { allow: match.allowed.join(', ') }),
        route: `${req.method} unmatched`,
      };
    }
    return {
      response: graphError(400, 'BadRequest', `Resource not found for the segment '${req.path.split('/').filter(Boolean)[0] ?? ''}'.`, req),
      route: `${req.method} unmatched`,
    };
  }
  req.params = match.params;
  try {
    return { response: match.handler(req, ctx.store), route: match.route };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { response: graphError(500, 'InternalServerError', `Emulator error: ${message}`, req), route: match.route };
  }
}

/**
 * One Graph request, top-level or inside `$batch`: latency, then the fault (if one fires) around the
 * synchronous handler, so `*-before-commit` never touches the state and `*-after-commit` always does.
 */
export async function executeRequest(
  ctx: ExecContext,
  req: EmuRequest,
  extra: { headerFault?: FaultRule | null; batchId?: string } = {},
  /** Replaces the router (used for `$batch`, whose body runs more requests). */
  run?: () => Promise<{ response: EmuResponse; route: string; drop: boolean }>,
): Promise<ExecOutcome> {
  const at = Date.now();
  // A failure named in the header replaces the rules for this request, without spending their `times`.
  const headerFails = !!extra.headerFault && extra.headerFault.kind !== 'latency';
  const decision = headerFails ? { latencyMs: 0, fault: null } : ctx.faults.decide(req.method, req.path);
  const fault = headerFails ? extra.headerFault! : decision.fault;
  const headerLatency = extra.headerFault?.kind === 'latency' ? (extra.headerFault.ms ?? 0) : 0;
  await sleep(ctx.latencyMs() + decision.latencyMs + headerLatency);

  let response: EmuResponse;
  let route: string;
  let drop = false;
  const early = fault ? faultResponse(req, fault) : null;
  if (early) {
    response = early;
    route = routeOf(ctx, req);
  } else if (fault?.kind === 'drop-before-commit') {
    response = { status: 0 };
    route = routeOf(ctx, req);
    drop = true;
  } else {
    const ran = run ? await run() : { ...runHandler(ctx, req), drop: false };
    route = ran.route;
    response = ran.response;
    drop = ran.drop;
    if (fault?.kind === '504-after-commit') {
      response = graphError(504, 'GatewayTimeout', 'The gateway did not receive a timely response.', req);
    } else if (fault?.kind === 'drop-after-commit') {
      drop = true;
    }
  }
  ctx.record({
    at,
    method: req.method,
    path: req.path,
    route,
    status: drop ? 0 : response.status,
    ...(fault ? { fault: fault.kind } : {}),
    ...(extra.batchId ? { batchId: extra.batchId } : {}),
    ...(req.batchItemId ? { batchItemId: req.batchItemId } : {}),
    user: req.user.mail,
  });
  return { response, drop };
}

function routeOf(ctx: ExecContext, req: EmuRequest): string {
  if (req.method === 'POST' && req.path === '/$batch') return 'POST /$batch';
  const match = ctx.router.match(req.method, req.path);
  return 'route' in match ? match.route : `${req.method} unmatched`;
}
