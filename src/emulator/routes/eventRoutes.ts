import type { EmuRequest, EmuResponse } from '../EmuRequest';
import { outlookId, type EmulatorStore } from '../EmulatorStore';
import type { Attendee, EventRec } from '../EmuState';
import { badRequest, graphError } from '../graphError';
import { collection, isObject, json, nowIso, select } from '../odata';
import type { Router } from '../Router';
import { registerCalendarDeltaRoutes } from './calendarDeltaRoutes';
import { registerExtensionRoutes } from './extensionRoutes';
import { registerSeriesRoutes } from './seriesRoutes';
import { fromDateTimeTimeZone } from './graphDateTime';
import { canSeeEvent, extensionExpandProblem, mailboxEventId, renderEvent } from './renderEvent';
import { timeWindow } from './timeWindow';

const bareExtensionExpand = (req: EmuRequest): EmuResponse | null => {
  const problem = extensionExpandProblem(req);
  return problem ? badRequest(req, problem, 'ErrorGraphExtensionExpandRequiresFilter') : null;
};

export function findEvent(req: EmuRequest, store: EmulatorStore): { ok: true; value: EventRec } | { ok: false; response: EmuResponse } {
  const ev = store.state.events.find((e) => canSeeEvent(store, req.user, e) && mailboxEventId(req.user, e) === req.params.id);
  if (!ev) {
    return { ok: false, response: graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.', req) };
  }
  return { ok: true, value: ev };
}

function attendees(raw: unknown): Attendee[] | null {
  if (!Array.isArray(raw)) return null;
  const out: Attendee[] = [];
  for (const a of raw) {
    if (!isObject(a) || !isObject(a.emailAddress) || typeof a.emailAddress.address !== 'string') return null;
    const type = a.type === 'optional' || a.type === 'resource' ? a.type : 'required';
    out.push({
      type,
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: { name: typeof a.emailAddress.name === 'string' ? a.emailAddress.name : a.emailAddress.address, address: a.emailAddress.address },
    });
  }
  return out;
}

/** Applies the writable event fields of `body` to `ev`; returns an error response or null. */
function applyEventFields(req: EmuRequest, ev: EventRec, body: Record<string, unknown>): EmuResponse | null {
  if ('subject' in body) ev.subject = String(body.subject ?? '');
  if ('body' in body) {
    if (!isObject(body.body)) return badRequest(req, "Invalid value for 'body'.", 'ErrorInvalidRequest');
    ev.body = { contentType: String(body.body.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text', content: String(body.body.content ?? '') };
  }
  for (const side of ['start', 'end'] as const) {
    if (!(side in body)) continue;
    const d = fromDateTimeTimeZone(body[side]);
    if (!d) return badRequest(req, `Invalid value for '${side}'.`, 'ErrorInvalidRequest');
    if (side === 'start') ev.startUtc = d.toISOString();
    else ev.endUtc = d.toISOString();
    const tz = (body[side] as { timeZone?: unknown }).timeZone;
    if (typeof tz === 'string') ev[side === 'start' ? 'originalStartTimeZone' : 'originalEndTimeZone'] = tz;
  }
  if (ev.endUtc < ev.startUtc) return badRequest(req, 'The end time must be after the start time.', 'ErrorInvalidRequest');
  if ('location' in body && isObject(body.location)) ev.location = { displayName: String(body.location.displayName ?? ''), locationType: 'default' };
  if ('attendees' in body) {
    const list = attendees(body.attendees);
    if (!list) return badRequest(req, "Invalid value for 'attendees'.", 'ErrorInvalidRequest');
    ev.attendees = list;
  }
  if (Array.isArray(body.categories)) ev.categories = body.categories.map(String);
  for (const k of ['importance', 'sensitivity', 'showAs'] as const) if (typeof body[k] === 'string') ev[k] = body[k] as string;
  if (typeof body.isAllDay === 'boolean') ev.isAllDay = body.isAllDay;
  if (typeof body.transactionId === 'string') ev.transactionId = body.transactionId;
  if (isObject(body.recurrence) || body.recurrence === null) ev.recurrence = (body.recurrence as Record<string, unknown> | null) ?? null;
  if (typeof body.isOnlineMeeting === 'boolean') {
    ev.isOnlineMeeting = body.isOnlineMeeting;
    ev.onlineMeetingProvider = body.isOnlineMeeting ? 'teamsForBusiness' : 'unknown';
  }
  return null;
}

const touch = (store: EmulatorStore, ev: EventRec) => {
  ev.lastModifiedDateTime = nowIso();
  ev.changeKey = Buffer.from(`ck${store.nextEtag('Event')}`).toString('base64').slice(0, 28);
};

function createEvent(req: EmuRequest, store: EmulatorStore): EmuResponse {
  if (!isObject(req.body)) return badRequest(req, 'A JSON body is required.', 'ErrorInvalidRequest');
  if (!('start' in req.body) || !('end' in req.body)) return badRequest(req, "The properties 'start' and 'end' are required.", 'ErrorInvalidRequest');
  const tid = typeof req.body.transactionId === 'string' ? req.body.transactionId : null;
  // Outlook dedupes creates by transactionId: a retried POST returns the event it already made.
  const existing = tid ? store.state.events.find((e) => e.transactionId === tid && e.organizerId === req.user.id) : undefined;
  if (existing) return json(201, { '@odata.context': `${req.baseUrl}/$metadata#users('${req.user.id}')/events/$entity`, ...renderEvent(req, store, existing) });
  const now = nowIso();
  const ev: EventRec = {
    id: outlookId(), organizerId: req.user.id, createdDateTime: now, lastModifiedDateTime: now, changeKey: '', iCalUId: `040000008200E00074C5B7101A82E008${store.newGuid().replace(/-/g, '').toUpperCase()}`,
    subject: '', body: { contentType: 'text', content: '' }, startUtc: now, endUtc: now, originalStartTimeZone: 'UTC', originalEndTimeZone: 'UTC',
    isAllDay: false, isCancelled: false, showAs: 'busy', importance: 'normal', sensitivity: 'normal', categories: [], location: { displayName: '', locationType: 'default' },
    attendees: [], isOnlineMeeting: false, onlineMeetingProvider: 'unknown', joinUrl: null, recurrence: null, transactionId: null, extensions: {},
  };
  const error = applyEventFields(req, ev, req.body);
  if (error) return error;
  touch(store, ev);
  store.state.events.push(ev);
  store.changed();
  return json(201, { '@odata.context': `${req.baseUrl}/$metadata#users('${req.user.id}')/events/$entity`, ...renderEvent(req, store, ev) });
}

export function registerEventRoutes(router: Router): void {
  router.add('GET', '/me/events', (req, store) => {
    const refused = bareExtensionExpand(req);
    if (refused) return refused;
    const mine = store.state.events.filter((e) => canSeeEvent(store, req.user, e)).sort((a, b) => a.startUtc.localeCompare(b.startUtc));
    return collection(req, mine.map((e) => renderEvent(req, store, e)), `users('${req.user.id}')/events`, 10);
  });
  router.add('POST', '/me/events', createEvent);
  router.add('GET', '/me/events/{id}', (req, store) => {
    const refused = bareExtensionExpand(req);
    if (refused) return refused;
    const ev = findEvent(req, store);
    if (!ev.ok) return ev.response;
    return json(200, { '@odata.context': `${req.baseUrl}/$metadata#users('${req.user.id}')/events/$entity`, ...select(req, renderEvent(req, store, ev.value)) });
  });
  router.add('PATCH', '/me/events/{id}', (req, store) => {
    const found = findEvent(req, store);
    if (!found.ok) return found.response;
    if (!isObject(req.body)) return badRequest(req, 'A JSON body is required.', 'ErrorInvalidRequest');
    const next: EventRec = { ...found.value };
    const error = applyEventFields(req, next, req.body);
    if (error) return error;
    touch(store, next);
    store.state.events = store.state.events.map((e) => (e.id === next.id ? next : e));
    store.changed();
    return json(200, { '@odata.context': `${req.baseUrl}/$metadata#users('${req.user.id}')/events/$entity`, ...renderEvent(req, store, next) });
  });
  router.add('DELETE', '/me/events/{id}', (req, store) => {
    const found = findEvent(req, store);
    if (!found.ok) return found.response;
    store.state.events = store.state.events.filter((e) => e.id !== found.value.id);
    store.changed();
    return { status: 204 };
  });
  router.add('GET', '/me/calendarView', (req, store) => {
    const refused = bareExtensionExpand(req);
    if (refused) return refused;
    const window = timeWindow(req);
    if (!window.ok) return window.response;
    const s = window.start;
    const e = window.end;
    const hits = store.state.events
      .filter((ev) => canSeeEvent(store, req.user, ev) && ev.startUtc < e && ev.endUtc > s)
      .sort((a, b) => a.startUtc.localeCompare(b.startUtc));
    return collection(req, hits.map((ev) => renderEvent(req, store, ev)), `users('${req.user.id}')/calendarView`, 10);
  });
  router.add('GET', '/me/events/{id}/attendees', (req, store) => {
    const found = findEvent(req, store);
    return found.ok ? json(200, { value: found.value.attendees }) : found.response;
  });
  registerCalendarDeltaRoutes(router);
  registerSeriesRoutes(router);
  registerExtensionRoutes(router);
}
