import type { EmuRequest } from '../EmuRequest';
import type { UserRec } from '../EmuState';
import { badRequest, notFound } from '../graphError';
import { collection, filterEq, json, select } from '../odata';
import type { Router } from '../Router';

export function renderUser(u: UserRec): Record<string, unknown> {
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
  };
}

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
    json(200, { '@odata.context': `${req.baseUrl}/$metadata#users/$entity`, ...select(req, renderUser(req.user)) }),
  );
  router.add('GET', '/me/mailboxSettings', (req) => json(200, mailboxSettings(req, req.user)));
  router.add('GET', '/users/{id}/mailboxSettings', (req, store) => {
    const u = store.findUser(req.params.id ?? '');
    return u ? json(200, mailboxSettings(req, u)) : notFound(req, `Resource '${req.params.id}' does not exist or one of its queried reference-property objects are not present.`);
  });
  router.add('GET', '/users/{id}', (req, store) => {
    const u = store.findUser(req.params.id ?? '');
    if (!u) return notFound(req, `Resource '${req.params.id}' does not exist or one of its queried reference-property objects are not present.`);
    return json(200, { '@odata.context': `${req.baseUrl}/$metadata#users/$entity`, ...select(req, renderUser(u)) });
  });
  router.add('GET', '/users', (req, store) => {
    const filter = req.query.get('$filter');
    let users = store.state.users;
    if (filter) {
      const mails = [...filterEq(filter, 'mail'), ...filterEq(filter, 'userPrincipalName')].map((m) => m.toLowerCase());
      const ids = filterEq(filter, 'id');
      if (mails.length === 0 && ids.length === 0) return badRequest(req, 'Unsupported or invalid query filter clause specified.');
      users = users.filter((u) => mails.includes(u.mail.toLowerCase()) || mails.includes(u.userPrincipalName.toLowerCase()) || ids.includes(u.id));
    }
    return collection(req, users.map(renderUser), 'users');
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
  router.add('GET', '/me/memberOf', (req, store) => {
    const groups = store.state.groups.filter((g) => g.memberIds.includes(req.user.id));
    return collection(req, groups.map(({ memberIds: _m, ...g }) => ({ '@odata.type': '#microsoft.graph.group', ...g })), 'directoryObjects');
  });
}
