import type { EmuRequest, EmuResponse } from '../EmuRequest';
import { outlookId, type EmulatorStore } from '../EmulatorStore';
import type { Recipient } from '../EmuState';
import { graphError } from '../graphError';
import { collection, isObject, nowIso } from '../odata';
import type { Router } from '../Router';
import { extendedProperties, extendedPropertyFilter } from './extendedProperties';
import { renderMail } from './renderMail';

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function recipients(raw: unknown): Recipient[] | null {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return null;
  const out: Recipient[] = [];
  for (const r of raw) {
    const address = isObject(r) && isObject(r.emailAddress) ? r.emailAddress.address : undefined;
    if (typeof address !== 'string' || !ADDRESS.test(address)) return null;
    const name = isObject(r) && isObject(r.emailAddress) && typeof r.emailAddress.name === 'string' ? r.emailAddress.name : undefined;
    out.push({ emailAddress: { ...(name ? { name } : {}), address } });
  }
  return out;
}

function sendMail(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const body = req.body;
  const message = isObject(body) ? body.message : undefined;
  if (!isObject(message)) return graphError(400, 'ErrorInvalidRequest', 'The message is missing.', req);
  const to = recipients(message.toRecipients);
  const cc = recipients(message.ccRecipients);
  const bcc = recipients(message.bccRecipients);
  if (!to || !cc || !bcc) return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.', req);
  if (to.length + cc.length + bcc.length === 0) return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is required.', req);
  const mailBody = isObject(message.body) ? message.body : {};
  const contentType = String(mailBody.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text';
  const id = outlookId();
  store.state.mail.push({
    id,
    fromUserId: req.user.id,
    sentDateTime: nowIso(),
    subject: typeof message.subject === 'string' ? message.subject : '',
    body: { contentType, content: typeof mailBody.content === 'string' ? mailBody.content : '' },
    toRecipients: to,
    ccRecipients: cc,
    bccRecipients: bcc,
    importance: typeof message.importance === 'string' ? message.importance : 'normal',
    internetMessageId: `<${id.slice(6, 30)}@contoso.com>`,
    conversationId: `AAQkAG${id.slice(6, 40)}`,
    savedToSentItems: !(isObject(body) && body.saveToSentItems === false),
    ...extendedProperties(message.singleValueExtendedProperties),
  });
  store.changed();
  return { status: 202 };
}

export function registerMailRoutes(router: Router): void {
  router.add('POST', '/me/sendMail', sendMail);
  router.add('GET', '/me/mailFolders/{folder}/messages', (req, store) => {
    if (req.params.folder?.toLowerCase() !== 'sentitems') return collection(req, [], 'users/messages');
    const wanted = extendedPropertyFilter(req.query.get('$filter'));
    const mine = store.state.mail
      .filter((m) => m.fromUserId === req.user.id && m.savedToSentItems !== false)
      .filter((m) => !wanted || m.extendedProperties?.[wanted.id.toLowerCase()] === wanted.value)
      .reverse();
    return collection(req, mine.map((m) => renderMail(store, m)), `users('${req.user.id}')/mailFolders('sentitems')/messages`, 10);
  });
}
