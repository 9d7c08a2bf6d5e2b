import type { EmulatorStore } from '../EmulatorStore';
import type { MailRec } from '../EmuState';

/** A sent mail as a Graph `message`. */
export function renderMail(store: EmulatorStore, m: MailRec): Record<string, unknown> {
  const from = store.state.users.find((u) => u.id === m.fromUserId);
  const sender = { emailAddress: { name: from?.displayName ?? '', address: from?.mail ?? '' } };
  const text = m.body.contentType === 'html' ? m.body.content.replace(/<[^>]*>/g, ' ') : m.body.content;
  return {
    '@odata.etag': `W/"CQAAABYAAAA${m.id.slice(-12)}"`,
    id: m.id,
    createdDateTime: m.sentDateTime,
    lastModifiedDateTime: m.sentDateTime,
    receivedDateTime: m.sentDateTime,
    sentDateTime: m.sentDateTime,
    hasAttachments: false,
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    bodyPreview: text.replace(/\s+/g, ' ').trim().slice(0, 255),
    importance: m.importance,
    parentFolderId: 'sentitems',
    conversationId: m.conversationId,
    isRead: true,
    isDraft: false,
    body: m.body,
    sender,
    from: sender,
    toRecipients: m.toRecipients,
    ccRecipients: m.ccRecipients,
    bccRecipients: m.bccRecipients,
    replyTo: [],
  };
}
