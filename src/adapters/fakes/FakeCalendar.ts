import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok } from '../../core/model/Result';
import type { CalendarEvent, CalendarPort, CalendarResult, MeetingRecord, ScheduleInfo, ScheduleRequest } from '../../core/ports/CalendarPort';

type Op = 'getEvent' | 'writeRecord' | 'calendarView' | 'getSchedule';

/** Interval of an event in UTC ms; fake events are seeded with UTC wall times (timeZone 'UTC'). */
function span(e: CalendarEvent): [number, number] {
  const at = (d: string) => Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(d) ? d : `${d}Z`);
  return [at(e.start.dateTime), at(e.end.dateTime)];
}

/**
 * In-memory calendar of one signed-in user plus other people's busy times. `failNext` scripts errors so
 * tests and the workbench can show every failure screen.
 */
export class FakeCalendar implements CalendarPort {
  private readonly events = new Map<string, CalendarEvent>();
  private readonly records = new Map<string, string>();
  private readonly busyOf = new Map<string, ScheduleInfo['busy']>();
  private readonly failures: Array<{ op: Op; error: AppError }> = [];
  readonly calls: Record<Op, number> = { getEvent: 0, writeRecord: 0, calendarView: 0, getSchedule: 0 };

  addEvent(event: Omit<CalendarEvent, 'raw'> & { raw?: Record<string, unknown> }): this {
    this.events.set(event.id, { ...event, raw: event.raw ?? { id: event.id, subject: event.subject, start: event.start, end: event.end } });
    return this;
  }

  /** Busy time of another person (UTC ISO instants). */
  addBusy(email: string, slot: ScheduleInfo['busy'][number]): this {
    const key = email.toLowerCase();
    this.busyOf.set(key, [...(this.busyOf.get(key) ?? []), slot]);
    return this;
  }

  failNext(op: Op, error: AppError): this {
    this.failures.push({ op, error });
    return this;
  }

  listEvents(): CalendarEvent[] {
    return [...this.events.values()];
  }

  private failure(op: Op): AppError | undefined {
    this.calls[op] += 1;
    const i = this.failures.findIndex((f) => f.op === op);
    return i < 0 ? undefined : this.failures.splice(i, 1)[0]!.error;
  }

  async getEvent(eventId: string): CalendarResult<{ event: CalendarEvent; record: MeetingRecord | null }> {
    const f = this.failure('getEvent');
    if (f) return err(f);
    const event = this.events.get(eventId);
    if (!event) return err(appError('not-found', `no event ${eventId}`, { code: 404 }));
    const stored = this.records.get(eventId);
    return ok({ event: structuredClone(event), record: stored === undefined ? null : (JSON.parse(stored) as MeetingRecord) });
  }

  async writeRecord(eventId: string, record: MeetingRecord): CalendarResult<MeetingRecord> {
    const f = this.failure('writeRecord');
    if (f) return err(f);
    if (!this.events.has(eventId)) return err(appError('not-found', `no event ${eventId}`, { code: 404 }));
    // Stored as JSON text, like the Graph adapter, so both lose the same things (undefined, functions).
    this.records.set(eventId, JSON.stringify(record));
    return ok(JSON.parse(this.records.get(eventId)!) as MeetingRecord);
  }

  async calendarView(range: { start: string; end: string }): CalendarResult<CalendarEvent[]> {
    const f = this.failure('calendarView');
    if (f) return err(f);
    const from = Date.parse(range.start);
    const to = Date.parse(range.end);
    if (!(from < to)) return err(appError('bad-request', 'calendarView needs start < end'));
    return ok(
      this.listEvents()
        .filter((e) => {
          const [s, t] = span(e);
          return s < to && t > from;
        })
        .map((e) => structuredClone(e)),
    );
  }

  async getSchedule(request: ScheduleRequest): CalendarResult<ScheduleInfo[]> {
    const f = this.failure('getSchedule');
    if (f) return err(f);
    const from = Date.parse(request.start);
    const to = Date.parse(request.end);
    if (!(from < to)) return err(appError('bad-request', 'getSchedule needs start < end'));
    const step = Math.min(1440, Math.max(5, request.intervalMinutes ?? 30)) * 60_000;
    const emails = [...new Set(request.emails.map((e) => e.toLowerCase()))];
    return ok(
      emails.map((email) => {
        const own = this.listEvents()
          .filter((e) => e.organizerEmail === email || e.attendees.some((a) => a.email === email))
          .map((e) => {
            const [s, t] = span(e);
            return { start: new Date(s).toISOString(), end: new Date(t).toISOString(), status: 'busy' as const };
          });
        const busy = [...own, ...(this.busyOf.get(email) ?? [])].filter((b) => Date.parse(b.start) < to && Date.parse(b.end) > from);
        let view = '';
        for (let t = from; t < to; t += step) {
          const hit = busy.find((b) => Date.parse(b.start) < t + step && Date.parse(b.end) > t);
          view += hit ? { busy: '2', tentative: '1', oof: '3', workingElsewhere: '4' }[hit.status] : '0';
        }
        return { email, availabilityView: view, busy };
      }),
    );
  }
}
