import type { EmuRequest, EmuResponse } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import type { ExtRec } from '../EmuState';
import { badRequest, graphError } from '../graphError';
import { isObject, json } from '../odata';
import type { Router } from '../Router';
import { findEvent } from './eventRoutes';
import { extensionMatches, renderExtension } from './renderEvent';

/** Open extensions hold a finite MAPI named-property budget per mailbox; this many per event is plenty. */
const MAX_EXTENSIONS_PER_EVENT = 10;
const RESERVED = new Set(['@odata.type', '@odata.context', 'id', 'extensionName']);

function dataOf(body: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (!RESERVED.has(k)) data[k] = v;
  return data;
}

/** If-Match on an extension write (the service's claims): a stale ETag is 412, like Outlook items. */
export function ifMatchFails(req: EmuRequest, ext: ExtRec): EmuResponse | null {
  const want = req.headers['if-match'];
  if (!want || want === '*' || want === ext.etag) return null;
  return graphError(412, 'ErrorIrresolvableConflict', 'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.', req);
}

function context(req: EmuRequest, eventId: string): string {
  return `${req.baseUrl}/$metadata#users('${req.user.id}')/events('${encodeURIComponent(eventId)}')/extensions/$entity`;
}

function withExtension(
  req: EmuRequest,
  store: EmulatorStore,
  act: (list: ExtRec[], index: number, eventId: string) => EmuResponse,
): EmuResponse {
  const ev = findEvent(req, store);
  if (!ev.ok) return ev.response;
  const list = ev.value.extensions[req.user.id] ?? [];
  const index = list.findIndex((e) => extensionMatches(e, req.params.name ?? ''));
  if (index < 0) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.', req);
  return act(list, index, ev.value.id);
}

export function registerExtensionRoutes(router: Router): void {
  router.add('GET', '/me/events/{id}/extensions', (req, store) => {
    const ev = findEvent(req, store);
    if (!ev.ok) return ev.response;
    return json(200, { value: (ev.value.extensions[req.user.id] ?? []).map(renderExtension) });
  });
  router.add('POST', '/me/events/{id}/extensions', (req, store) => {
    const ev = findEvent(req, store);
    if (!ev.ok) return ev.response;
    const body = req.body;
    if (!isObject(body) || typeof body.extensionName !== 'string' || !body.extensionName.trim()) {
      return badRequest(req, "The property 'extensionName' is required.", 'ErrorInvalidRequest');
    }
    const type = String(body['@odata.type'] ?? '').replace(/^#/, '');
    if (type !== 'microsoft.graph.openTypeExtension') {
      return badRequest(req, "An open extension needs '@odata.type': 'microsoft.graph.openTypeExtension'.", 'ErrorInvalidRequest');
    }
    const list = ev.value.extensions[req.user.id] ?? [];
    if (list.some((e) => extensionMatches(e, body.extensionName as string))) {
      return graphError(409, 'ErrorDuplicatePropertyOrExtension', 'An extension with this name already exists on the item.', req);
    }
    if (list.length >= MAX_EXTENSIONS_PER_EVENT) return graphError(403, 'ErrorQuotaExceeded', 'The item has too many open extensions.', req);
    const ext: ExtRec = { extensionName: body.extensionName, data: dataOf(body), etag: store.nextEtag('Extension') };
    ev.value.extensions = { ...ev.value.extensions, [req.user.id]: [...list, ext] };
    store.changed();
    return json(201, { '@odata.context': context(req, ev.value.id), ...renderExtension(ext) });
  });
  router.add('GET', '/me/events/{id}/extensions/{name}', (req, store) =>
    withExtension(req, store, (list, i, eventId) => json(200, { '@odata.context': context(req, eventId), ...renderExtension(list[i]!) })),
  );
  router.add('PATCH', '/me/events/{id}/extensions/{name}', (req, store) =>
    withExtension(req, store, (list, i, eventId) => {
      if (!isObject(req.body)) return badRequest(req, 'A JSON body is required.', 'ErrorInvalidRequest');
      const stale = ifMatchFails(req, list[i]!);
      if (stale) return stale;
      // Graph replaces the extension's data: a property left out of the body is deleted (opentypeextension-update).
      const next = { ...list[i]!, data: dataOf(req.body), etag: store.nextEtag('Extension') };
      list.splice(i, 1, next);
      store.changed();
      return json(200, { '@odata.context': context(req, eventId), ...renderExtension(next) });
    }),
  );
  router.add('DELETE', '/me/events/{id}/extensions/{name}', (req, store) =>
    withExtension(req, store, (list, i) => {
      list.splice(i, 1);
      store.changed();
      return { status: 204 };
    }),
  );
}
