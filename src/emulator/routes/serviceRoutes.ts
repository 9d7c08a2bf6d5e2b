import type { EmuRequest, EmuResponse } from '../EmuRequest';
import { outlookId, type EmulatorStore } from '../EmulatorStore';
import type { ExtRec } from '../EmuState';
import { badRequest, graphError } from '../graphError';
import { isObject, json, nowIso } from '../odata';
import type { Router } from '../Router';
import { ifMatchFails } from './extensionRoutes';
import { extensionMatches, renderExtension } from './renderEvent';

/** Activity types the app manifest declares (`activities.activityTypes`), plus Teams' reserved free-form one. */
export const DECLARED_ACTIVITY_TYPES = ['inviteFindings', 'followupReminder', 'systemDefault'];
/** Users for whom the Teams app is not installed: sendActivityNotification refuses them (the service mails instead). */
const noApp = new WeakMap<EmulatorStore, Set<string>>();
export const appMissingFor = (store: EmulatorStore) => {
  let s = noApp.get(store);
  if (!s) noApp.set(store, (s = new Set()));
  return s;
};

const DEFAULT_APP = 'app';

/**
 * `POST /users/{id}/teamwork/sendActivityNotification` (bound to `/me/…` for the user): topic `text` needs a
 * webUrl, the activity type must be declared, the app must be installed for the user; a `chainId` equal to an
 * earlier one replaces that notification instead of adding one.
 */
function sendActivity(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const b = req.body;
  if (!isObject(b) || !isObject(b.topic) || typeof b.activityType !== 'string' || !isObject(b.previewText)) {
    return badRequest(req, 'topic, activityType and previewText are required.', 'BadRequest');
  }
  if (b.topic.source === 'text' && typeof b.topic.webUrl !== 'string')
    return badRequest(req, "A topic of source 'text' needs a webUrl.");
  if (!DECLARED_ACTIVITY_TYPES.includes(b.activityType)) {
    return badRequest(req, `The activity type '${b.activityType}' is not declared in the app manifest.`);
  }
  if (appMissingFor(store).has(req.user.id)) {
    return graphError(404, 'NotFound', 'The Teams app is not installed for the recipient.', req);
  }
  const params: Record<string, string> = {};
  if (Array.isArray(b.templateParameters))
    for (const p of b.templateParameters)
      if (isObject(p) && typeof p.name === 'string') params[p.name] = String(p.value ?? '');
  const chainId = typeof b.chainId === 'number' && Number.isFinite(b.chainId) ? b.chainId : null;
  const feed = (store.state.activityFeed ??= []);
  const fields = {
    activityType: b.activityType,
    previewText: String(b.previewText.content ?? ''),
    webUrl: String(b.topic.webUrl ?? b.topic.value ?? ''),
    templateParameters: params,
  };
  const same =
    chainId === null ? undefined : feed.find((f) => f.recipientId === req.user.id && f.chainId === chainId);
  if (same) Object.assign(same, fields, { replacedCount: same.replacedCount + 1 });
  else
    feed.push({
      id: outlookId(),
      recipientId: req.user.id,
      appId: req.app?.appId ?? DEFAULT_APP,
      chainId,
      createdDateTime: nowIso(),
      replacedCount: 0,
      ...fields,
    });
  store.changed();
  return { status: 204 };
}

function userExtensions(store: EmulatorStore, userId: string): ExtRec[] {
  const all = (store.state.userExtensions ??= {});
  return (all[userId] ??= []);
}

const entity = (req: EmuRequest, ext: ExtRec) => ({
  '@odata.context': `${req.baseUrl}/$metadata#users('${req.user.id}')/extensions/$entity`,
  ...renderExtension(ext),
});

function dataOf(body: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body))
    if (!['@odata.type', '@odata.context', '@odata.etag', 'id', 'extensionName'].includes(k)) data[k] = v;
  return data;
}

/** Open extensions on the user object (directory: 2 per app and 2 KB each in Entra; the emulator refuses a third). */
function registerUserExtensionRoutes(router: Router): void {
  router.add('GET', '/me/extensions/{name}', (req, store) => {
    const ext = userExtensions(store, req.user.id).find((e) => extensionMatches(e, req.params.name ?? ''));
    return ext
      ? json(200, entity(req, ext))
      : graphError(404, 'Request_ResourceNotFound', `Resource '${req.params.name}' does not exist.`, req);
  });
  router.add('POST', '/me/extensions', (req, store) => {
    const b = req.body;
    if (
      !isObject(b) ||
      typeof b.extensionName !== 'string' ||
      String(b['@odata.type'] ?? '').replace(/^#/, '') !== 'microsoft.graph.openTypeExtension'
    ) {
      return badRequest(
        req,
        'An open extension needs @odata.type microsoft.graph.openTypeExtension and an extensionName.',
      );
    }
    const list = userExtensions(store, req.user.id);
    if (list.some((e) => extensionMatches(e, b.extensionName as string)))
      return graphError(
        409,
        'Request_MultipleObjectsWithSameKeyValue',
        'An extension with this name already exists.',
        req,
      );
    if (list.length >= 2)
      return graphError(
        403,
        'Request_QuotaExceeded',
        'The directory object has the maximum number of open extensions for this app.',
        req,
      );
    const ext: ExtRec = {
      extensionName: b.extensionName,
      data: dataOf(b),
      etag: store.nextEtag('Extension'),
    };
    list.push(ext);
    store.changed();
    return json(201, entity(req, ext));
  });
  router.add('PATCH', '/me/extensions/{name}', (req, store) => {
    const list = userExtensions(store, req.user.id);
    const i = list.findIndex((e) => extensionMatches(e, req.params.name ?? ''));
    if (i < 0)
      return graphError(
        404,
        'Request_ResourceNotFound',
        `Resource '${req.params.name}' does not exist.`,
        req,
      );
    if (!isObject(req.body)) return badRequest(req, 'A JSON body is required.');
    const stale = ifMatchFails(req, list[i]!);
    if (stale) return stale;
    const next: ExtRec = { ...list[i]!, data: dataOf(req.body), etag: store.nextEtag('Extension') };
    list.splice(i, 1, next);
    store.changed();
    return json(200, entity(req, next));
  });
}

export function registerServiceRoutes(router: Router): void {
  router.add('POST', '/me/teamwork/sendActivityNotification', sendActivity);
  registerUserExtensionRoutes(router);
}
