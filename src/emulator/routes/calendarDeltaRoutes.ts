import { randomUUID } from 'node:crypto';
import type { EmuRequest, EmuResponse } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import type { EventRec } from '../EmuState';
import { badRequest, graphError } from '../graphError';
import { json } from '../odata';
import type { Router } from '../Router';
import { canSeeEvent, renderEvent } from './renderEvent';
import { timeWindow } from './timeWindow';

const DEFAULT_PAGE = 10;
const MAX_PAGE = 1000;
/** Query options the calendarView delta function refuses (delta-query-events: "$select is not supported"). */
const REFUSED = ['$select', '$expand', '$filter', '$orderby', '$search', '$top'];

/** One round of change tracking: the window it is bound to and what the client had after the last round. */
interface DeltaState {
  userId: string;
  start: string;
  end: string;
  /** Event id → its signature when the client last synced. */
  seen: Map<string, string>;
}
/** A page sequence in progress: what is still to send, and the state the round ends in. */
interface PageState {
  userId: string;
  rest: Array<Record<string, unknown>>;
  next: DeltaState;
}

const rounds = new WeakMap<
  EmulatorStore,
  { deltas: Map<string, DeltaState>; pages: Map<string, PageState> }
>();
const registry = (store: EmulatorStore) => {
  let r = rounds.get(store);
  if (!r) rounds.set(store, (r = { deltas: new Map(), pages: new Map() }));
  return r;
};

/** An event changed for this user when Outlook's change key or the user's own extensions on it changed. */
const signature = (ev: EventRec, userId: string) =>
  `${ev.changeKey}|${JSON.stringify(ev.extensions[userId] ?? [])}`;

function pageSize(req: EmuRequest): number {
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(req.headers.prefer ?? '');
  return m ? Math.max(1, Math.min(Number(m[1]), MAX_PAGE)) : DEFAULT_PAGE;
}

function sendPage(req: EmuRequest, store: EmulatorStore, page: PageState): EmuResponse {
  const size = pageSize(req);
  const reg = registry(store);
  const body: Record<string, unknown> = {
    '@odata.context': `${req.baseUrl}/$metadata#Collection(event)`,
    value: page.rest.slice(0, size),
  };
  const rest = page.rest.slice(size);
  if (rest.length > 0) {
    const token = randomUUID();
    reg.pages.set(token, { ...page, rest });
    body['@odata.nextLink'] = `${req.baseUrl}/me/calendarView/delta?$skiptoken=${token}`;
  } else {
    const token = randomUUID();
    reg.deltas.set(token, page.next);
    body['@odata.deltaLink'] = `${req.baseUrl}/me/calendarView/delta?$deltatoken=${token}`;
  }
  return json(200, body, { 'preference-applied': `odata.maxpagesize=${size}` });
}

/** Everything in the window that is new or changed since `seen`, plus `@removed` entries for what left it. */
function round(req: EmuRequest, store: EmulatorStore, state: DeltaState): PageState {
  const inWindow = store.state.events
    .filter((ev) => canSeeEvent(store, req.user, ev) && ev.startUtc < state.end && ev.endUtc > state.start)
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  const seen = new Map<string, string>();
  const out: Array<Record<string, unknown>> = [];
  for (const ev of inWindow) {
    const sig = signature(ev, req.user.id);
    seen.set(ev.id, sig);
    if (state.seen.get(ev.id) !== sig) out.push(renderEvent(req, store, ev));
  }
  for (const id of state.seen.keys()) if (!seen.has(id)) out.push({ id, '@removed': { reason: 'deleted' } });
  return { userId: req.user.id, rest: out, next: { ...state, seen } };
}

function delta(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const reg = registry(store);
  const skip = req.query.get('$skiptoken');
  const deltaToken = req.query.get('$deltatoken');
  const expired = () =>
    graphError(
      410,
      'SyncStateNotFound',
      'The sync state generation is not found. Restart the sync with a fresh request.',
      req,
    );
  if (skip !== null) {
    const page = reg.pages.get(skip);
    if (!page || page.userId !== req.user.id) return expired();
    reg.pages.delete(skip);
    return sendPage(req, store, page);
  }
  if (deltaToken !== null) {
    const state = reg.deltas.get(deltaToken);
    if (!state || state.userId !== req.user.id) return expired();
    return sendPage(req, store, round(req, store, state));
  }
  const refused = REFUSED.find((q) => req.query.has(q));
  if (refused)
    return badRequest(
      req,
      `The query option '${refused}' is not supported with delta on a calendar view.`,
      'ErrorInvalidUrlQuery',
    );
  const window = timeWindow(req, ['startdatetime', 'enddatetime']);
  if (!window.ok) return window.response;
  return sendPage(
    req,
    store,
    round(req, store, {
      userId: req.user.id,
      start: window.start,
      end: window.end,
      seen: new Map(),
    }),
  );
}

/** `GET /me/calendarView/delta`: full then incremental sync of one calendar view window (delta-query-events). */
export function registerCalendarDeltaRoutes(router: Router): void {
  router.add('GET', '/me/calendarView/delta', delta);
}
