import type { EmuRequest } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import type { UserRec } from '../EmuState';
import { graphError, notFound } from '../graphError';
import { collection, json, select } from '../odata';
import type { Router } from '../Router';
import { parseUserFilter } from './userFilter';

/** Properties Graph returns only when `$select` names them. */
const ON_REQUEST = ['userType', 'otherMails', 'proxyAddresses'] as const;

export function renderUser(u: UserRec, req?: EmuRequest): Record<string, unknown> {
  const asked = new Set((req?.query.get('$select') ?? '').split(',').map((x) => x.trim().toLowerCase()));
  const extra: Record<string, unknown> = {};
  const all = { userType: u.userType ?? 'Member', otherMails: u.otherMails ?? [], proxyAddresses: u.proxyAddresses ?? [`SMTP:${u.mail}`] };
  for (const k of ON_REQUEST) if (asked.has(k.toLowerCase())) extra[k] = all[k];
  return {
    businessPhones: u.businessPhones,
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: u.mobilePhone,
    officeLocation: u.officeLocation,
    preferredLanguage: u.preferredLanguage,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    id: u.id,
    department: u.department,
    ...extra,
  };
}

/** `/users/{id | userPrincipalName}`: Graph takes nothing else, so a mail that is not the UPN is a 404. */
export function userByKey(store: EmulatorStore, key: string): UserRec | undefined {
  const k = key.trim().toLowerCase();
  return k ? store.state.users.find((u) => u.id.toLowerCase() === k || u.userPrincipalName.toLowerCase() === k) : undefined;
}

const noSuchUser = (req: EmuRequest) =>
  graphError(404, 'Request_ResourceNotFound', `Resource '${req.params.id}' does not exist or one of its queried reference-property objects are not present.`, req);

/** Advanced directory queries need both `ConsistencyLevel: eventual` and `$count=true`. */
const isAdvanced = (req: EmuRequest) => (req.headers.consistencylevel ?? '').toLowerCase() === 'eventual' && req.query.get('$count') === 'true';

const mailboxSettings = (req: EmuRequest, u: UserRec) => ({
  '@odata.context': `${req.baseUrl}/$metadata#users('${u.id}')/mailboxSettings`,
  timeZone: u.timeZone,
  workingHours: u.workingHours,
  language: { locale: u.preferredLanguage, displayName: u.preferredLanguage },
  dateFormat: u.preferredLanguage.startsWith('zh') ? 'yyyy/M/d' : 'M/d/yyyy',
  timeFormat: 'HH:mm',
  userPurpose: 'user',
  delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
});

export function registerUserRoutes(router: Router): void {
  router.add('GET', '/me', (req) =>
    json(200, { '@odata.context': `${req.baseUrl}/$metadata#users/$entity`, ...select(req, renderUser(req.user, req)) }),
  );
  router.add('GET', '/me/mailboxSettings', (req) => json(200, mailboxSettings(req, req.user)));
  router.add('GET', '/users/{id}/mailboxSettings', (req, store) => {
    const u = userByKey(store, req.params.id ?? '');
    return u ? json(200, mailboxSettings(req, u)) : noSuchUser(req);
  });
  router.add('GET', '/users/{id}', (req, store) => {
    const u = userByKey(store, req.params.id ?? '');
    if (!u) return noSuchUser(req);
    return json(200, { '@odata.context': `${req.baseUrl}/$metadata#users/$entity`, ...select(req, renderUser(u, req)) });
  });
  router.add('GET', '/users', (req, store) => {
    const filter = req.query.get('$filter');
    const advanced = isAdvanced(req);
    if (req.query.get('$search') && (req.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') {
      return graphError(400, 'Request_UnsupportedQuery', "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'", req);
    }
    let users = store.state.users;
    if (filter) {
      const parsed = parseUserFilter(filter, advanced);
      if (!parsed.ok) return graphError(400, parsed.code, parsed.message, req);
      users = users.filter(parsed.test);
    }
    const res = collection(req, users.map((u) => renderUser(u, req)), 'users');
    // Without the advanced-query header Graph silently ignores $count=true.
    if (!advanced && res.body && typeof res.body === 'object') delete (res.body as Record<string, unknown>)['@odata.count'];
    return res;
  });
  router.add('GET', '/groups/{id}', (req, store) => {
    const g = store.state.groups.find((x) => x.id === req.params.id);
    if (!g) return notFound(req);
    const { memberIds: _m, ...rest } = g;
    return json(200, { '@odata.context': `${req.baseUrl}/$metadata#groups/$entity`, ...rest });
  });
  router.add('GET', '/groups/{id}/members', (req, store) => {
    const g = store.state.groups.find((x) => x.id === req.params.id);
    if (!g) return notFound(req);
    const users = store.state.users.filter((u) => g.memberIds.includes(u.id));
    return collection(req, users.map((u) => ({ '@odata.type': '#microsoft.graph.user', ...renderUser(u) })), 'directoryObjects');
  });
  // GET /me/memberOf: groupRoutes (groups and directory roles).
}
