import type { EmuRequest } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import type { EventRec, ExtRec, UserRec } from '../EmuState';
import { expands, filterEq } from '../odata';
import { trimTrailing } from '../../core/text/trimTrailing';
import { preferredZone, toDateTimeTimeZone } from './graphDateTime';

export const EXT_PREFIX = 'Microsoft.OutlookServices.OpenTypeExtension.';

/** Events a user sees: the ones they organize or are invited to. */
export function canSeeEvent(store: EmulatorStore, user: UserRec, ev: EventRec): boolean {
  if (ev.organizerId === user.id) return true;
  const mail = user.mail.toLowerCase();
  return ev.attendees.some((a) => a.emailAddress.address.toLowerCase() === mail);
}

/**
 * Each mailbox has its own copy of a meeting, with its own item id: the organizer's is the stored id,
 * an attendee's is derived from it. So the organizer's id (the chat's calendarEventId) is 404 in an
 * attendee's calendar, as in Exchange; iCalUId is what all copies share.
 */
export function mailboxEventId(user: UserRec, ev: EventRec): string {
  return ev.organizerId === user.id
    ? ev.id
    : `${trimTrailing(ev.id, '=')}${user.id.replace(/-/g, '').slice(0, 12)}A=`;
}

export function renderExtension(ext: ExtRec): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.openTypeExtension',
    ...(ext.etag ? { '@odata.etag': ext.etag } : {}),
    id: `${EXT_PREFIX}${ext.extensionName}`,
    extensionName: ext.extensionName,
    ...ext.data,
  };
}

/** `com.x` or `Microsoft.OutlookServices.OpenTypeExtension.com.x` (case-insensitive, as Exchange matches). */
export const extensionMatches = (ext: ExtRec, key: string) => {
  const k = key.toLowerCase();
  const name = ext.extensionName.toLowerCase();
  return k === name || k === `${EXT_PREFIX}${name}`.toLowerCase();
};

/**
 * Exchange expands open extensions only through a filter on their id
 * (`$expand=extensions($filter=id eq '…')`); a bare `$expand=extensions` is refused with
 * ErrorGraphExtensionExpandRequiresFilter (microsoftgraph/msgraph-metadata#617).
 */
export function extensionExpandProblem(req: EmuRequest): string | null {
  const ext = expands(req).get('extensions');
  if (ext === undefined) return null;
  return ext !== null && filterEq(ext, 'id').length > 0
    ? null
    : 'Expanding extensions requires a $filter on the extension id.';
}

const htmlToText = (html: string) =>
  html
    .replace(/<(br|\/p|\/li|\/div)[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** A Graph `event` as the viewer's mailbox returns it (times in `Prefer: outlook.timezone`, default UTC). */
export function renderEvent(req: EmuRequest, store: EmulatorStore, ev: EventRec): Record<string, unknown> {
  const organizer = store.state.users.find((u) => u.id === ev.organizerId);
  const zone = preferredZone(req.headers.prefer);
  const isOrganizer = ev.organizerId === req.user.id;
  const me = ev.attendees.find((a) => a.emailAddress.address.toLowerCase() === req.user.mail.toLowerCase());
  const wantText = /outlook\.body-content-type\s*=\s*"?text"?/i.test(req.headers.prefer ?? '');
  const body =
    wantText && ev.body.contentType === 'html'
      ? { contentType: 'text', content: htmlToText(ev.body.content) }
      : ev.body;
  const out: Record<string, unknown> = {
    '@odata.etag': `W/"${ev.changeKey}"`,
    id: mailboxEventId(req.user, ev),
    createdDateTime: ev.createdDateTime,
    lastModifiedDateTime: ev.lastModifiedDateTime,
    changeKey: ev.changeKey,
    categories: ev.categories,
    transactionId: ev.transactionId,
    originalStartTimeZone: ev.originalStartTimeZone,
    originalEndTimeZone: ev.originalEndTimeZone,
    iCalUId: ev.iCalUId,
    uid: ev.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: ev.subject,
    bodyPreview: htmlToText(ev.body.content).replace(/\s+/g, ' ').slice(0, 255),
    importance: ev.importance,
    sensitivity: ev.sensitivity,
    isAllDay: ev.isAllDay,
    isCancelled: ev.isCancelled,
    isOrganizer,
    responseRequested: true,
    seriesMasterId: ev.seriesMasterId ?? null,
    showAs: ev.showAs,
    type: ev.seriesMasterId ? 'occurrence' : ev.recurrence ? 'seriesMaster' : 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(mailboxEventId(req.user, ev))}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: ev.isOnlineMeeting,
    onlineMeetingProvider: ev.onlineMeetingProvider,
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: isOrganizer
      ? { response: 'organizer', time: '0001-01-01T00:00:00Z' }
      : (me?.status ?? { response: 'none', time: '0001-01-01T00:00:00Z' }),
    body,
    start: toDateTimeTimeZone(ev.startUtc, zone),
    end: toDateTimeTimeZone(ev.endUtc, zone),
    location: {
      displayName: ev.location.displayName,
      locationType: ev.location.locationType,
      uniqueIdType: 'unknown',
      address: {},
      coordinates: {},
    },
    locations: ev.location.displayName
      ? [
          {
            displayName: ev.location.displayName,
            locationType: ev.location.locationType,
            uniqueIdType: 'unknown',
          },
        ]
      : [],
    recurrence: ev.recurrence,
    attendees: ev.attendees,
    organizer: { emailAddress: { name: organizer?.displayName ?? '', address: organizer?.mail ?? '' } },
    onlineMeeting: ev.joinUrl ? { joinUrl: ev.joinUrl } : null,
  };
  const ext = expands(req).get('extensions');
  if (ext !== undefined) {
    const names = filterEq(ext, 'id');
    const mine = ev.extensions[req.user.id] ?? [];
    out.extensions = mine
      .filter((e) => names.length === 0 || names.some((n) => extensionMatches(e, n)))
      .map(renderExtension);
  }
  return out;
}
