import { appError } from '../../core/errors/AppError';
import { err, ok } from '../../core/model/Result';
import {
  MEETING_EXTENSION_NAME,
  type BusySlot,
  type CalendarEvent,
  type CalendarPort,
  type CalendarResult,
  type MeetingRecord,
  type ScheduleInfo,
  type ScheduleRequest,
} from '../../core/ports/CalendarPort';
import type { GraphClient } from './createGraphClient';
import { toCalendarEvent, utcInstant } from './graphEvent';

type Json = Record<string, unknown>;
const enc = encodeURIComponent;
const UTC = { Prefer: 'outlook.timezone="UTC"' };
const MAX_PAGES = 20;
const STATUS: Record<string, BusySlot['status'] | undefined> = { busy: 'busy', tentative: 'tentative', oof: 'oof', workingElsewhere: 'workingElsewhere' };

/** Our extension, by its short name or by the fully qualified id the service returns. */
export function isMeetingExtension(x: Json): boolean {
  return x.extensionName === MEETING_EXTENSION_NAME || (typeof x.id === 'string' && x.id.endsWith(MEETING_EXTENSION_NAME));
}

/**
 * Our record is one open extension holding the JSON as a string: one named property whatever the record's
 * shape, and no surprises from how Outlook stores nested open-type values.
 */
export function recordOf(event: Json): MeetingRecord | null {
  const exts = Array.isArray(event.extensions) ? (event.extensions as Json[]) : [];
  const ours = exts.find(isMeetingExtension);
  if (!ours || typeof ours.payload !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(ours.payload);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as MeetingRecord) : null;
  } catch {
    return null;
  }
}

/**
 * Exchange expands open extensions only through a filter on their id (a bare `$expand=extensions` is 400
 * ErrorGraphExtensionExpandRequiresFilter); the id is the fully qualified name the service returns.
 */
export const EXPAND_MEETING_RECORD = `$expand=extensions(${enc(`$filter=id eq 'Microsoft.OutlookServices.OpenTypeExtension.${MEETING_EXTENSION_NAME}'`)})`;

export class GraphCalendar implements CalendarPort {
  constructor(private readonly graph: GraphClient) {}

  async getEvent(eventId: string): CalendarResult<{ event: CalendarEvent; record: MeetingRecord | null }> {
    const r = await this.graph.get<Json>(`/me/events/${enc(eventId)}?${EXPAND_MEETING_RECORD}`);
    if (!r.ok) return r;
    const event = toCalendarEvent(r.value);
    if (!event) return err(appError('server', 'event without id'));
    return ok({ event, record: recordOf(r.value) });
  }

  async writeRecord(eventId: string, record: MeetingRecord): CalendarResult<MeetingRecord> {
    const body = {
      '@odata.type': 'microsoft.graph.openTypeExtension',
      extensionName: MEETING_EXTENSION_NAME,
      payload: JSON.stringify(record),
      updatedAt: new Date().toISOString(),
    };
    const base = `/me/events/${enc(eventId)}/extensions`;
    const patched = await this.graph.patch(`${base}/${enc(MEETING_EXTENSION_NAME)}`, body);
    if (patched.ok) return ok(record);
    if (patched.error.kind !== 'not-found') return patched;
    const created = await this.graph.post(base, body);
    if (created.ok) return ok(record);
    // Someone created it between our PATCH and POST: write over it once.
    if (created.error.kind === 'conflict') {
      const again = await this.graph.patch(`${base}/${enc(MEETING_EXTENSION_NAME)}`, body);
      return again.ok ? ok(record) : again;
    }
    return created;
  }

  async calendarView(range: { start: string; end: string }): CalendarResult<CalendarEvent[]> {
    const out: CalendarEvent[] = [];
    let path: string | undefined = `/me/calendarView?startDateTime=${enc(range.start)}&endDateTime=${enc(range.end)}&$top=100`;
    for (let page = 0; path && page < MAX_PAGES; page += 1) {
      const r: Awaited<ReturnType<GraphClient['get']>> = await this.graph.get<Json>(path, { headers: UTC });
      if (!r.ok) return r;
      const body = r.value as Json;
      for (const raw of Array.isArray(body.value) ? body.value : []) {
        const e = toCalendarEvent(raw);
        if (e) out.push(e);
      }
      const next = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
      path = next;
    }
    return ok(out);
  }

  async getSchedule(request: ScheduleRequest): CalendarResult<ScheduleInfo[]> {
    const emails = [...new Set(request.emails.map((e) => e.toLowerCase()))];
    if (emails.length === 0) return ok([]);
    const r = await this.graph.post<Json>(
      '/me/calendar/getSchedule',
      {
        schedules: emails,
        startTime: { dateTime: request.start.replace(/Z$/, ''), timeZone: 'UTC' },
        endTime: { dateTime: request.end.replace(/Z$/, ''), timeZone: 'UTC' },
        availabilityViewInterval: Math.min(1440, Math.max(5, request.intervalMinutes ?? 30)),
      },
      { headers: UTC },
    );
    if (!r.ok) return r;
    const rows = Array.isArray(r.value.value) ? (r.value.value as Json[]) : [];
    const byEmail = new Map(rows.map((row) => [String(row.scheduleId ?? '').toLowerCase(), row]));
    return ok(
      emails.map((email): ScheduleInfo => {
        const row = byEmail.get(email);
        if (!row) return { email, availabilityView: '', busy: [], error: 'no answer for this person' };
        const error = row.error && typeof row.error === 'object' ? String((row.error as Json).message ?? (row.error as Json).responseCode ?? 'error') : undefined;
        const busy: BusySlot[] = [];
        for (const item of Array.isArray(row.scheduleItems) ? (row.scheduleItems as Json[]) : []) {
          const status = STATUS[String(item.status)];
          const start = utcInstant(item.start as Json);
          const end = utcInstant(item.end as Json);
          if (status && start && end) busy.push({ start, end, status });
        }
        const wh = row.workingHours as Json | undefined;
        const tz = wh?.timeZone as Json | undefined;
        return {
          email,
          availabilityView: typeof row.availabilityView === 'string' ? row.availabilityView : '',
          busy,
          ...(wh && typeof wh.startTime === 'string' && typeof wh.endTime === 'string'
            ? {
                workingHours: {
                  daysOfWeek: Array.isArray(wh.daysOfWeek) ? wh.daysOfWeek.map(String) : [],
                  startTime: wh.startTime,
                  endTime: wh.endTime,
                  timeZone: typeof tz?.name === 'string' ? tz.name : 'UTC',
                },
              }
            : {}),
          ...(error ? { error } : {}),
        };
      }),
    );
  }
}
