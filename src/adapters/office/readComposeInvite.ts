import { appError, type AppError } from '../../core/errors/AppError';
import type { Attachment, Invite, InviteBody, Person } from '../../core/model/Invite';
import { err, ok, type Result } from '../../core/model/Result';
import type { ReadInviteOptions } from '../../core/ports/ComposeItemPort';
import { bodyFromContent } from '../../core/read/bodyFromContent';
import { BARE_URL_RE, JOIN_LINK_RE } from '../../core/text/textPatterns';
import { resolveZone } from '../../core/time/resolveZone';
import { officeCall } from './officeCall';
import type { OfficeComposeItem, OfficeLike } from './officeTypes';
import { OFFICE } from './officeTypes';
import { recurrenceDays, type RecurrenceLike } from './recurrenceDays';

export type Limit = <T>(task: () => Promise<T>) => Promise<T>;

/** The join link Teams / Zoom / Webex / Tencent put in the body: Outlook compose has no online-meeting field. */
export function findJoinLink(body: InviteBody): string | undefined {
  const candidates = [...body.links, ...(body.text.match(BARE_URL_RE) ?? [])];
  return candidates.find((url) => JOIN_LINK_RE.test(url));
}

function people(list: Office.EmailAddressDetails[] | undefined, role: 'required' | 'optional'): Person[] {
  if (!Array.isArray(list)) return [];
  return list.map((r) => ({
    email: typeof r.emailAddress === 'string' ? r.emailAddress : '',
    ...(r.displayName ? { name: String(r.displayName) } : {}),
    // Rooms and equipment come back as attendees of type "other".
    role: r.recipientType === 'other' ? 'resource' : role,
  }));
}

function zoneOf(office: OfficeLike, recurrence: RecurrenceLike | null, options: ReadInviteOptions): string {
  const seriesZone = (recurrence as { recurrenceTimeZone?: { name?: unknown } } | null)?.recurrenceTimeZone
    ?.name;
  const candidates = [
    typeof seriesZone === 'string' ? seriesZone : undefined,
    office.context.mailbox?.userProfile?.timeZone,
    options.fallbackZone,
  ];
  for (const c of candidates) {
    const zone = typeof c === 'string' ? resolveZone(c) : null;
    if (zone) return zone;
  }
  return 'UTC';
}

async function readBody(item: OfficeComposeItem, limit: Limit): Promise<InviteBody> {
  const html = await limit(() => officeCall<string>((cb) => item.body.getAsync(OFFICE.html, cb)));
  if (html.ok) return bodyFromContent(html.value, 'html');
  const text = await limit(() => officeCall<string>((cb) => item.body.getAsync(OFFICE.text, cb)));
  return text.ok ? bodyFromContent(text.value, 'text') : { text: '', links: [] };
}

// Dates may come from another realm (a frame, a vm context), where `instanceof Date` is false.
const isDate = (d: unknown): d is Date =>
  Object.prototype.toString.call(d) === '[object Date]' && !Number.isNaN((d as Date).getTime());

const orNull = <T>(r: Result<T, AppError>): T | null => (r.ok ? r.value : null);

/**
 * Reads the organizer's appointment into the core Invite. Only start and end are essential: any
 * other field the host cannot give (older requirement set, transient failure) reads as empty.
 */
export async function readComposeInvite(
  office: OfficeLike,
  limit: Limit,
  options: ReadInviteOptions = {},
): Promise<Result<Invite, AppError>> {
  const item = office.context.mailbox?.item;
  if (!item) return err(appError('item-unavailable', 'No compose item in Office.context.mailbox'));
  const get = <T>(invoke: (cb: (r: Office.AsyncResult<T>) => void) => void) =>
    limit(() => officeCall<T>(invoke));
  const [start, end, subject, location, required, optional] = await Promise.all([
    get<Date | 0>((cb) => item.start.getAsync(cb)),
    get<Date | 0>((cb) => item.end.getAsync(cb)),
    get<string>((cb) => item.subject.getAsync(cb)),
    get<string>((cb) => item.location.getAsync(cb)),
    get<Office.EmailAddressDetails[]>((cb) => item.requiredAttendees.getAsync(cb)),
    get<Office.EmailAddressDetails[]>((cb) => item.optionalAttendees.getAsync(cb)),
  ]);
  if (!start.ok) return start;
  if (!end.ok) return end;
  const s = start.value;
  const e = end.value;
  if (!isDate(s) || !isDate(e)) {
    return err(appError('item-unavailable', 'The item has no valid start or end'));
  }
  const [organizer, rooms, recurrence, attachments, allDay, body] = await Promise.all([
    item.organizer
      ? get<Office.EmailAddressDetails>((cb) => item.organizer!.getAsync(cb)).then(orNull)
      : null,
    item.enhancedLocation
      ? get<Office.LocationDetails[]>((cb) => item.enhancedLocation!.getAsync(cb)).then(orNull)
      : null,
    item.recurrence ? get<Office.Recurrence>((cb) => item.recurrence!.getAsync(cb)).then(orNull) : null,
    get<Office.AttachmentDetailsCompose[]>((cb) => item.getAttachmentsAsync(cb)).then(orNull),
    item.isAllDayEvent ? get<boolean>((cb) => item.isAllDayEvent!.getAsync(cb)).then(orNull) : null,
    readBody(item, limit),
  ]);

  const profile = office.context.mailbox?.userProfile;
  const organizerPerson: Person | undefined =
    organizer && typeof organizer.emailAddress === 'string'
      ? {
          email: organizer.emailAddress,
          ...(organizer.displayName ? { name: organizer.displayName } : {}),
          role: 'organizer',
        }
      : profile?.emailAddress
        ? {
            email: profile.emailAddress,
            ...(profile.displayName ? { name: profile.displayName } : {}),
            role: 'organizer',
          }
        : undefined;
  const roomNames = Array.isArray(rooms)
    ? rooms.map((r) => r.displayName).filter((n) => typeof n === 'string' && n.trim())
    : [];
  const locationText = (orNull(location) ?? '').trim() || roomNames.join('; ');
  const files: Attachment[] = Array.isArray(attachments)
    ? attachments.map((a) => ({
        name: String(a.name ?? ''),
        ...(typeof a.size === 'number' ? { size: a.size } : {}),
        ...(a.isInline ? { isInline: true } : {}),
      }))
    : [];
  const joinUrl = findJoinLink(body);
  const days = recurrenceDays(recurrence);
  const invite: Invite = {
    source: 'outlook',
    subject: orNull(subject) ?? '',
    start: s.toISOString(),
    end: e.toISOString(),
    timeZone: zoneOf(office, recurrence, options),
    isAllDay: allDay === true,
    isCancelled: false,
    ...(organizerPerson ? { organizer: organizerPerson } : {}),
    attendees: [...people(orNull(required) ?? [], 'required'), ...people(orNull(optional) ?? [], 'optional')],
    location: locationText,
    isOnline: joinUrl !== undefined,
    ...(joinUrl ? { onlineJoinUrl: joinUrl } : {}),
    body,
    attachments: files,
    ...(days ? { recurrence: { daysOfWeek: days } } : {}),
  };
  return ok(invite);
}
