import type { EmuRequest, EmuResponse } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import type { EventRec, UserRec } from '../EmuState';
import { badRequest } from '../graphError';
import { isObject, json } from '../odata';
import type { Router } from '../Router';
import { zoneOffsetMs } from '../seed/seedTime';
import { fromDateTimeTimeZone, preferredZone, resolveZone, toDateTimeTimeZone } from './graphDateTime';

const CODE: Record<string, number> = { free: 0, tentative: 1, busy: 2, oof: 3, workingElsewhere: 4 };
const RANK = [0, 2, 3, 4, 1]; // by code: free < workingElsewhere < tentative < busy < oof
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
/**
 * Graph's documented getSchedule limits (learn.microsoft.com/graph/outlook-get-free-busy-schedule): up to
 * 20 entities per call and a period under 62 days. Live Graph accepts exactly 62 days and answers 63 with
 * 400 ErrorTimeIntervalTooBig (message quoted in microsoftgraph/microsoft-graph-docs#19703). The error code
 * for too many schedules is not documented; ErrorInvalidParameter is this emulator's guess.
 */
const MAX_DAYS = 62;
const MAX_SCHEDULES = 20;

/** How an event blocks a person: organizer/accepted → its showAs; not answered/tentative → tentative. */
function blockOf(user: UserRec, ev: EventRec): string | null {
  if (ev.isCancelled) return null;
  if (ev.organizerId === user.id) return ev.showAs;
  const a = ev.attendees.find((x) => x.emailAddress.address.toLowerCase() === user.mail.toLowerCase());
  if (!a || a.status.response === 'declined') return null;
  if (a.status.response === 'accepted') return ev.showAs;
  return ev.showAs === 'free' ? 'free' : 'tentative';
}

function busyItems(store: EmulatorStore, user: UserRec, startMs: number, endMs: number) {
  const out: Array<{ ev: EventRec; status: string }> = [];
  for (const ev of store.state.events) {
    if (Date.parse(ev.startUtc) >= endMs || Date.parse(ev.endUtc) <= startMs) continue;
    const status = blockOf(user, ev);
    if (status && status !== 'free') out.push({ ev, status });
  }
  return out.sort((a, b) => a.ev.startUtc.localeCompare(b.ev.startUtc));
}

/** Worst status code over [startMs, endMs) for `user`. */
function statusCode(store: EmulatorStore, user: UserRec, startMs: number, endMs: number): number {
  let code = 0;
  for (const { status } of busyItems(store, user, startMs, endMs)) {
    const c = CODE[status] ?? 2;
    if (RANK[c]! > RANK[code]!) code = c;
  }
  return code;
}

/** Whether [startMs, endMs) lies inside the user's working hours, in the user's own zone. */
export function withinWorkingHours(user: UserRec, startMs: number, endMs: number): boolean {
  const iana = resolveZone(user.workingHours.timeZone.name) ?? 'UTC';
  const local = (ms: number) => new Date(ms + zoneOffsetMs(iana, new Date(ms)));
  const s = local(startMs);
  const e = local(endMs - 1);
  if (s.getUTCDate() !== e.getUTCDate() || !user.workingHours.daysOfWeek.includes(DAYS[s.getUTCDay()]!)) return false;
  const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const from = toMin(user.workingHours.startTime);
  const to = toMin(user.workingHours.endTime);
  return s.getUTCHours() * 60 + s.getUTCMinutes() >= from && e.getUTCHours() * 60 + e.getUTCMinutes() < to;
}

/**
 * Graph's row for a schedule Exchange cannot resolve (microsoftgraph/microsoft-graph-docs#11225; the message
 * is Exchange's MailRecipientNotFoundException, Learn "ErrorMailRecipientNotFound when viewing free/busy").
 */
function unresolved(id: string) {
  return { scheduleId: id, error: { message: `Unable to resolve e-mail address ${id} to an Active Directory object.`, responseCode: '5009' } };
}

function getSchedule(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const body = req.body;
  if (!isObject(body) || !Array.isArray(body.schedules) || body.schedules.length === 0) {
    return badRequest(req, "The property 'schedules' is required.", 'ErrorInvalidParameter');
  }
  if (body.schedules.length > MAX_SCHEDULES) {
    return badRequest(req, `At most ${MAX_SCHEDULES} schedules can be requested at once; ${body.schedules.length} were given.`, 'ErrorInvalidParameter');
  }
  const start = fromDateTimeTimeZone(body.startTime);
  const end = fromDateTimeTimeZone(body.endTime);
  if (!start || !end || end <= start) return badRequest(req, 'startTime and endTime must be valid and ordered.', 'ErrorInvalidParameter');
  const days = Math.ceil((end.getTime() - start.getTime()) / DAY);
  if (days > MAX_DAYS) {
    return badRequest(req, `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${MAX_DAYS} days; the actual limit = ${days} days.`, 'ErrorTimeIntervalTooBig');
  }
  const interval = body.availabilityViewInterval === undefined ? 30 : Number(body.availabilityViewInterval);
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) {
    return badRequest(req, 'availabilityViewInterval must be between 5 and 1440.', 'ErrorInvalidParameter');
  }
  const zone = preferredZone(req.headers.prefer);
  const value = body.schedules.map((raw) => {
    const id = String(raw);
    const user = id.includes('@') ? store.findUser(id) : undefined;
    // A B2B guest's calendar lives in their home tenant: without an organization relationship Exchange
    // cannot resolve them, any more than an address outside the directory, and the row carries only the error.
    if (!user || user.userType === 'Guest') return unresolved(id);
    let view = '';
    for (let t = start.getTime(); t < end.getTime(); t += interval * MIN) view += String(statusCode(store, user, t, Math.min(t + interval * MIN, end.getTime())));
    const items = busyItems(store, user, start.getTime(), end.getTime()).map(({ ev, status }) => ({
      isPrivate: ev.sensitivity === 'private',
      status,
      subject: ev.sensitivity === 'private' ? '' : ev.subject,
      location: ev.location.displayName,
      isMeeting: ev.attendees.length > 0,
      isRecurring: !!ev.recurrence,
      isException: false,
      isReminderSet: true,
      start: toDateTimeTimeZone(ev.startUtc, zone),
      end: toDateTimeTimeZone(ev.endUtc, zone),
    }));
    return { scheduleId: id, availabilityView: view, scheduleItems: items, workingHours: user.workingHours };
  });
  return json(200, { '@odata.context': `${req.baseUrl}/$metadata#Collection(microsoft.graph.scheduleInformation)`, value });
}

const AVAIL = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere'];

function durationMinutes(v: unknown): number | null {
  if (v === undefined) return 30;
  const m = typeof v === 'string' ? /^PT(?:(\d+)H)?(?:(\d+)M)?$/i.exec(v) : null;
  if (!m || (!m[1] && !m[2])) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

function findMeetingTimes(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const body = isObject(req.body) ? req.body : {};
  const duration = durationMinutes(body.meetingDuration);
  if (!duration) return badRequest(req, "Invalid value for 'meetingDuration'.", 'ErrorInvalidParameter');
  const attendees = (Array.isArray(body.attendees) ? body.attendees : [])
    .filter(isObject)
    .map((a) => ({ type: typeof a.type === 'string' ? a.type : 'required', address: isObject(a.emailAddress) ? String(a.emailAddress.address ?? '') : '' }));
  const tc = isObject(body.timeConstraint) ? body.timeConstraint : {};
  const domain = typeof tc.activityDomain === 'string' ? tc.activityDomain : 'work';
  const now = Date.now();
  const slots = (Array.isArray(tc.timeSlots) ? tc.timeSlots : [])
    .filter(isObject)
    .map((s) => [fromDateTimeTimeZone(s.start), fromDateTimeTimeZone(s.end)] as const)
    .filter((s): s is readonly [Date, Date] => !!s[0] && !!s[1] && s[1] > s[0]);
  const windows = slots.length > 0 ? slots.map(([a, b]) => [a.getTime(), b.getTime()] as const) : [[Math.ceil(now / (30 * MIN)) * 30 * MIN, now + 2 * 24 * 60 * MIN] as const];
  const maxCandidates = Number.isInteger(body.maxCandidates) ? (body.maxCandidates as number) : 5;
  // Learn's own example sends the percentage as a string ("100").
  const minPct = Number(body.minimumAttendeePercentage ?? 50) || 0;
  const zone = preferredZone(req.headers.prefer);
  // suggestionReason is returned only on request (default false).
  const reasons = body.returnSuggestionReasons === true || body.returnSuggestionReasons === 'true';
  const suggestions: Array<Record<string, unknown> & { confidence: number; at: number }> = [];
  let organizerAlwaysBusy = true;
  for (const [from, to] of windows) {
    for (let t = from; t + duration * MIN <= to && suggestions.length < 500; t += 30 * MIN) {
      const end = t + duration * MIN;
      if (domain === 'work' && !withinWorkingHours(req.user, t, end)) continue;
      const orgCode = statusCode(store, req.user, t, end);
      if (orgCode !== 0 && body.isOrganizerOptional !== true) continue;
      organizerAlwaysBusy = false;
      const availability = attendees.map((a) => {
        const u = store.findUser(a.address);
        // A guest's free/busy is no more readable here than in getSchedule.
        const known = u && u.userType !== 'Guest' ? u : undefined;
        return { attendee: { type: a.type, emailAddress: { address: a.address } }, availability: known ? AVAIL[statusCode(store, known, t, end)]! : 'unknown' };
      });
      // Learn's confidence: the mean chance of attendance, free 100 %, unknown 49 %, anything else 0 %.
      const chance = availability.reduce((n, a) => n + (a.availability === 'free' ? 100 : a.availability === 'unknown' ? 49 : 0), 0);
      const confidence = attendees.length === 0 ? 100 : Math.round((chance / attendees.length) * 100) / 100;
      if (confidence < minPct) continue;
      suggestions.push({
        at: t,
        confidence,
        organizerAvailability: AVAIL[orgCode]!,
        ...(reasons ? { suggestionReason: confidence === 100 ? 'Suggested because it is one of the nearest times when all attendees are available.' : 'Suggested because it is one of the nearest times when most attendees are available.' } : {}),
        meetingTimeSlot: { start: toDateTimeTimeZone(new Date(t).toISOString(), zone), end: toDateTimeTimeZone(new Date(end).toISOString(), zone) },
        attendeeAvailability: availability,
        locations: [],
      });
    }
  }
  suggestions.sort((a, b) => b.confidence - a.confidence || a.at - b.at);
  // Graph orders by confidence, then chronologically, and numbers the result (`order`).
  const picked = suggestions.slice(0, maxCandidates).map(({ at: _at, ...s }, i) => ({ ...s, order: i + 1 }));
  const reason = picked.length > 0 ? '' : organizerAlwaysBusy ? 'OrganizerUnavailable' : 'AttendeesUnavailable';
  return json(200, { '@odata.context': `${req.baseUrl}/$metadata#microsoft.graph.meetingTimeSuggestionsResult`, emptySuggestionsReason: reason, meetingTimeSuggestions: picked });
}

export function registerScheduleRoutes(router: Router): void {
  router.add('POST', '/me/calendar/getSchedule', getSchedule);
  router.add('POST', '/me/findMeetingTimes', findMeetingTimes);
}
