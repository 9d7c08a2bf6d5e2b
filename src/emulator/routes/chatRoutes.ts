import type { EmuRequest, EmuResponse } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import type { ChatMessageRec, ChatRec, OnlineMeetingRec } from '../EmuState';
import { badRequest, forbidden, notFound } from '../graphError';
import { collection, filterEq, isObject, json, nowIso } from '../odata';
import type { Router } from '../Router';

const aadUser = (store: EmulatorStore, id: string) => {
  const u = store.state.users.find((x) => x.id === id);
  return { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id, displayName: u?.displayName ?? null, userIdentityType: 'aadUser', tenantId: store.state.tenantId };
};

function renderChat(store: EmulatorStore, c: ChatRec): Record<string, unknown> {
  return {
    id: c.id,
    topic: c.topic,
    createdDateTime: c.createdDateTime,
    lastUpdatedDateTime: c.lastUpdatedDateTime,
    chatType: c.chatType,
    webUrl: c.webUrl,
    tenantId: c.tenantId,
    isHiddenForAllMembers: false,
    viewpoint: { isHidden: false, lastMessageReadDateTime: c.lastUpdatedDateTime },
    onlineMeetingInfo: c.onlineMeetingInfo
      ? { calendarEventId: c.onlineMeetingInfo.calendarEventId, joinWebUrl: c.onlineMeetingInfo.joinWebUrl, organizer: aadUser(store, c.onlineMeetingInfo.organizerId) }
      : null,
  };
}

function renderMessage(store: EmulatorStore, m: ChatMessageRec): Record<string, unknown> {
  const u = store.state.users.find((x) => x.id === m.fromUserId);
  return {
    id: m.id,
    replyToId: null,
    etag: m.id,
    messageType: 'message',
    createdDateTime: m.createdDateTime,
    lastModifiedDateTime: m.createdDateTime,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: m.subject,
    summary: null,
    chatId: m.chatId,
    importance: 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: { application: null, device: null, user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: m.fromUserId, displayName: u?.displayName ?? null, userIdentityType: 'aadUser', tenantId: store.state.tenantId } },
    body: m.body,
    attachments: [],
    mentions: [],
    reactions: [],
  };
}

function findChat(req: EmuRequest, store: EmulatorStore): { ok: true; chat: ChatRec } | { ok: false; response: EmuResponse } {
  const chat = store.state.chats.find((c) => c.id === req.params.id);
  if (!chat) return { ok: false, response: notFound(req, 'Chat not found.') };
  if (!chat.memberIds.includes(req.user.id)) return { ok: false, response: forbidden(req, 'The user is not a member of this chat.') };
  return { ok: true, chat };
}

function renderOnlineMeeting(req: EmuRequest, store: EmulatorStore, m: OnlineMeetingRec): Record<string, unknown> {
  const identity = (id: string) => {
    const u = store.state.users.find((x) => x.id === id);
    return { upn: u?.userPrincipalName ?? null, role: 'attendee', identity: { user: { id, displayName: u?.displayName ?? null, tenantId: store.state.tenantId, identityProvider: 'AAD' } } };
  };
  return {
    '@odata.type': '#microsoft.graph.onlineMeeting',
    id: m.id,
    creationDateTime: m.createdDateTime,
    startDateTime: m.startDateTime,
    endDateTime: m.endDateTime,
    joinUrl: m.joinWebUrl,
    joinWebUrl: m.joinWebUrl,
    subject: m.subject,
    isBroadcast: false,
    autoAdmittedUsers: 'everyoneInCompany',
    allowMeetingChat: 'enabled',
    chatInfo: { threadId: m.chatThreadId, messageId: '0', replyChainMessageId: null },
    joinMeetingIdSettings: { isPasscodeRequired: false, joinMeetingId: String(Math.abs(hash(m.id))).padStart(12, '1').slice(0, 12), passcode: null },
    participants: { organizer: { ...identity(m.organizerId), role: 'presenter' }, attendees: m.participantIds.map(identity) },
    externalId: null,
  };
}

function hash(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

export function registerChatRoutes(router: Router): void {
  router.add('GET', '/chats/{id}', (req, store) => {
    const found = findChat(req, store);
    if (!found.ok) return found.response;
    return json(200, { '@odata.context': `${req.baseUrl}/$metadata#chats/$entity`, ...renderChat(store, found.chat) });
  });
  router.add('GET', '/me/chats', (req, store) => {
    const mine = store.state.chats.filter((c) => c.memberIds.includes(req.user.id));
    return collection(req, mine.map((c) => renderChat(store, c)), 'chats', 50);
  });
  router.add('GET', '/chats/{id}/messages', (req, store) => {
    const found = findChat(req, store);
    if (!found.ok) return found.response;
    const list = store.state.chatMessages.filter((m) => m.chatId === found.chat.id).sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
    return collection(req, list.map((m) => renderMessage(store, m)), `chats('${found.chat.id}')/messages`, 50);
  });
  router.add('POST', '/chats/{id}/messages', (req, store) => {
    const found = findChat(req, store);
    if (!found.ok) return found.response;
    const body = req.body;
    if (!isObject(body) || !isObject(body.body) || typeof body.body.content !== 'string' || !body.body.content.trim()) {
      return badRequest(req, 'A chat message needs body.content.');
    }
    if (body.body.content.length > 28_000) return graphError413(req);
    const now = nowIso();
    const msg: ChatMessageRec = {
      id: String(Math.max(Date.now(), ...store.state.chatMessages.map((m) => Number(m.id) + 1).filter(Number.isFinite))),
      chatId: found.chat.id,
      createdDateTime: now,
      fromUserId: req.user.id,
      body: { contentType: String(body.body.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text', content: body.body.content },
      subject: typeof body.subject === 'string' ? body.subject : null,
    };
    store.state.chatMessages.push(msg);
    found.chat.lastUpdatedDateTime = now;
    store.changed();
    return json(201, { '@odata.context': `${req.baseUrl}/$metadata#chats('${found.chat.id}')/messages/$entity`, ...renderMessage(store, msg) });
  });
  router.add('GET', '/me/onlineMeetings', (req, store) => {
    const urls = filterEq(req.query.get('$filter'), 'JoinWebUrl');
    if (urls.length === 0) return badRequest(req, "Filter on JoinWebUrl is required: $filter=JoinWebUrl eq '<url>'.");
    const matching = store.state.onlineMeetings.filter((m) => urls.some((u) => sameUrl(u, m.joinWebUrl)));
    // The join-URL filter answers only the organizer: an attendee's token gets 403, unlike the
    // by-id read (microsoftgraph/microsoft-graph-docs#16776, #17234).
    if (matching.some((m) => m.organizerId !== req.user.id)) return forbidden(req, 'An error has occurred.');
    return json(200, { '@odata.context': `${req.baseUrl}/$metadata#users('${req.user.id}')/onlineMeetings`, value: matching.map((m) => renderOnlineMeeting(req, store, m)) });
  });
  router.add('GET', '/me/onlineMeetings/{id}', (req, store) => {
    const m = store.state.onlineMeetings.find((x) => x.id === req.params.id && (x.organizerId === req.user.id || x.participantIds.includes(req.user.id)));
    return m ? json(200, renderOnlineMeeting(req, store, m)) : notFound(req);
  });
}

function graphError413(req: EmuRequest): EmuResponse {
  return { ...badRequest(req, 'The message is too large.', 'RequestEntityTooLarge'), status: 413 };
}

/** Join URLs arrive with `%3a` or `%3A`, sometimes decoded once more by the caller. */
function sameUrl(a: string, b: string): boolean {
  const norm = (s: string) => {
    try {
      return decodeURIComponent(decodeURIComponent(s));
    } catch {
      return s;
    }
  };
  return a === b || norm(a) === norm(b);
}
