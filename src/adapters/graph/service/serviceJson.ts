import { outcomesOf, taskLinks } from '../../../core/followup/recordToMeeting';
import type { ServiceEvent, ServiceRecord, ServiceTask } from '../../../core/service/ServiceModel';
import { isMeetingExtension } from '../GraphCalendar';
import { toPlannerTask } from '../plannerJson';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `Prefer: outlook.timezone="UTC"` answers carry no offset: read them as UTC instants. */
export function utcInstant(v: unknown): string {
  const dt = str(obj(v).dateTime) ?? '';
  const t = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(dt) ? dt : `${dt}Z`);
  return Number.isNaN(t) ? '' : new Date(t).toISOString();
}

const TYPES = new Set(['singleInstance', 'occurrence', 'exception', 'seriesMaster']);

function recordOf(raw: Json): ServiceRecord | undefined {
  const exts = Array.isArray(raw.extensions) ? raw.extensions.map(obj) : [];
  const ext = exts.find(isMeetingExtension);
  if (!ext) return undefined;
  const outcomes = outcomesOf(ext);
  const record: ServiceRecord = { taskIds: Object.keys(taskLinks('x', ext)) };
  const closed = str(outcomes?.closedAt);
  const sent = str(outcomes?.minutesSentAt);
  const final = str(outcomes?.minutesFinalAt);
  if (closed) record.closedAt = closed;
  if (sent) record.minutesSentAt = sent;
  if (final) record.minutesFinalAt = final;
  return record;
}

/** A Graph event of an organizer's mailbox → what the jobs judge; attendee copies and removals are not theirs. */
export function toServiceEvent(raw: unknown, userId: string): ServiceEvent | null {
  const e = obj(raw);
  const id = str(e.id);
  if (!id || '@removed' in e || e.isOrganizer === false) return null;
  const start = utcInstant(e.start);
  const end = utcInstant(e.end);
  if (!start || !end) return null;
  const type = str(e.type) ?? 'singleInstance';
  const master = str(e.seriesMasterId);
  const record = recordOf(e);
  return {
    id,
    organizerId: userId,
    changeKey: str(e.changeKey) ?? '',
    subject: str(e.subject) ?? '',
    start,
    end,
    lastModified: str(e.lastModifiedDateTime) ?? '',
    isCancelled: e.isCancelled === true,
    type: (TYPES.has(type) ? type : 'singleInstance') as ServiceEvent['type'],
    ...(master ? { seriesMasterId: master } : {}),
    attendeeCount: Array.isArray(e.attendees) ? e.attendees.length : 0,
    // The judgment reads start/end in their own zone; UTC with the instant is the same meeting.
    raw: {
      ...e,
      start: { dateTime: start.slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: end.slice(0, 19), timeZone: 'UTC' },
    },
    ...(record ? { record } : {}),
  };
}

export function toServiceTask(raw: unknown): ServiceTask | null {
  const t = toPlannerTask(raw);
  if (!t) return null;
  const creator = str(obj(obj(obj(raw).createdBy).user).id);
  const { etag: _etag, bucketId: _bucket, ...rest } = t;
  return { ...rest, ...(creator ? { createdById: creator } : {}) };
}
