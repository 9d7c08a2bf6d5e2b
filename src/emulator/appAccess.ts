import type { EmuRequest, EmuResponse } from './EmuRequest';
import type { EmulatorStore } from './EmulatorStore';
import { graphError } from './graphError';
import type { Router } from './Router';
import { userByKey } from './routes/userRoutes';

/**
 * Application permissions per route (permissions reference, least privileged first; any one suffices).
 * A route not listed is refused to app tokens: the emulator answers an app only where Graph would.
 */
const ROLE_TABLE: Array<{ method: string; path: RegExp; roles: string[] }> = [
  {
    method: 'GET',
    path: /^\/groups\/[^/]+\/members$/i,
    roles: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'],
  },
  {
    method: 'GET',
    path: /^\/users\/[^/]+(\/mailboxSettings)?$/i,
    roles: ['User.Read.All', 'Directory.Read.All'],
  },
  {
    method: 'GET',
    path: /^\/users\/[^/]+\/(calendarView|events)(\/.*)?$/i,
    roles: ['Calendars.Read', 'Calendars.ReadWrite'],
  },
  {
    method: '*',
    path: /^\/users\/[^/]+\/events\/[^/]+\/extensions(\/.*)?$/i,
    roles: ['Calendars.ReadWrite'],
  },
  {
    method: '*',
    path: /^\/users\/[^/]+\/extensions(\/.*)?$/i,
    roles: ['User.ReadWrite.All', 'Directory.ReadWrite.All'],
  },
  { method: 'POST', path: /^\/users\/[^/]+\/sendMail$/i, roles: ['Mail.Send'] },
  {
    method: 'GET',
    path: /^\/users\/[^/]+\/mailFolders\/[^/]+\/messages$/i,
    roles: ['Mail.ReadBasic.All', 'Mail.ReadBasic', 'Mail.Read'],
  },
  {
    method: 'POST',
    path: /^\/users\/[^/]+\/teamwork\/sendActivityNotification$/i,
    roles: ['TeamsActivity.Send'],
  },
  {
    method: 'GET',
    path: /^\/(groups\/[^/]+\/planner\/plans|planner\/(plans|buckets|tasks)\/.+)$/i,
    roles: ['Tasks.Read.All', 'Tasks.ReadWrite.All'],
  },
];

/** Roles of user objects' own open extensions; the service keeps per-person claims there. */
export function requiredRoles(method: string, path: string): string[] | null {
  const row = ROLE_TABLE.find((r) => (r.method === '*' || r.method === method) && r.path.test(path));
  return row ? row.roles : null;
}

/**
 * An app-only request: the role check (403 like Graph's "Missing role permissions"), `/me` refused, and
 * `/users/{id}/…` served by the mailbox's `/me/…` route as that user. Returns the request to run or a response.
 */
export function bindAppRequest(
  req: EmuRequest,
  store: EmulatorStore,
  router: Router,
): EmuRequest | EmuResponse {
  const app = req.app!;
  if (/^\/me(\/|$)/i.test(req.path))
    return graphError(
      400,
      'BadRequest',
      '/me request is only valid with delegated authentication flow.',
      req,
    );
  const roles = requiredRoles(req.method, req.path);
  if (!roles)
    return graphError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
      req,
    );
  if (!roles.some((r) => app.roles.includes(r))) {
    return graphError(
      403,
      'Forbidden',
      `Missing role permissions on the request. API requires one of '${roles.join(', ')}'. Roles on the token: '${app.roles.join(', ')}'.`,
      req,
    );
  }
  const direct = router.match(req.method, req.path);
  const m = /^\/users\/([^/]+)(\/.*)$/i.exec(req.path);
  if ('handler' in direct || !m) return req;
  // Like `/users/{x}` itself, a mailbox is reached by object id or UPN only: a mail that is not the UPN is 404.
  const user = userByKey(store, decodeURIComponent(m[1]!));
  if (!user) return graphError(404, 'ErrorInvalidUser', `The requested user '${m[1]}' is invalid.`, req);
  return { ...req, user, path: `/me${m[2]}` };
}

/** Links in a mailbox answer point back at `/users/{id}/…`, as Graph writes them for app requests. */
export function rebaseLinks(res: EmuResponse, req: EmuRequest, bound: EmuRequest): EmuResponse {
  if (bound === req || !res.body || typeof res.body !== 'object') return res;
  const body = { ...(res.body as Record<string, unknown>) };
  const from = `${req.baseUrl}/me/`;
  const to = `${req.baseUrl}/users/${encodeURIComponent(bound.user.id)}/`;
  for (const k of ['@odata.nextLink', '@odata.deltaLink']) {
    const v = body[k];
    if (typeof v === 'string' && v.startsWith(from)) body[k] = to + v.slice(from.length);
  }
  return { ...res, body };
}
