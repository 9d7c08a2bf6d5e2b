import { appError } from '../../core/errors/AppError';
import {
  declinedLabelPatch,
  DECLINED_CATEGORY,
  withAcceptance,
  type Acceptance,
} from '../../core/followup/acceptance';
import { err, ok } from '../../core/model/Result';
import type { CalendarEvent, MeetingRecord } from '../../core/ports/CalendarPort';
import type {
  FollowupMe,
  FollowupMeeting,
  FollowupPort,
  FollowupTaskRow,
} from '../../core/ports/FollowupPort';
import type { PlannerTask, PortResult } from '../../core/ports/PlannerPort';
import { batchPages, followPages, relativeToVersion } from './batchPages';
import type { GraphClient } from './createGraphClient';
import { EXPAND_MEETING_RECORD, recordOf } from './GraphCalendar';
import { graphBatch } from './graphBatch';
import { toCalendarEvent } from './graphEvent';
import { toPlannerTask } from './plannerJson';

type Json = Record<string, unknown>;
const enc = encodeURIComponent;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
/** Delta pages as large as Outlook will send; the window is half a year of one person's meetings. */
const DELTA_PREFER = { Prefer: 'odata.maxpagesize=200, outlook.timezone="UTC"' };
const EXPAND_RECORD = `$select=id&${EXPAND_MEETING_RECORD}`;

function toRow(raw: Json): FollowupTaskRow | null {
  const task = toPlannerTask(raw);
  if (!task) return null;
  const details = obj(raw.details);
  return {
    ...task,
    declinedLabel: obj(raw.appliedCategories)[DECLINED_CATEGORY] === true,
    ...(typeof details.description === 'string' ? { description: details.description } : {}),
  };
}

/** What the last delta round left: the window it tracks, where to resume, and the events and records seen. */
interface MeetingCache {
  key: string;
  deltaLink: string;
  events: Map<string, CalendarEvent>;
  records: Map<string, MeetingRecord | null>;
}

/** FollowupPort over Graph v1.0 (see the port for the request plan). Keeps the calendar delta state per tab. */
export class GraphFollowup implements FollowupPort {
  private meetingCache: MeetingCache | null = null;

  constructor(private readonly graph: GraphClient) {}

  async me(): PortResult<FollowupMe> {
    const r = await this.graph.get<Json>('/me?$select=id,mail,userPrincipalName,displayName');
    if (!r.ok) return r;
    const id = typeof r.value.id === 'string' ? r.value.id : '';
    const email = String(r.value.mail || r.value.userPrincipalName || '').toLowerCase();
    if (!id) return err(appError('server', 'me without id'));
    return ok({
      id,
      email,
      ...(typeof r.value.displayName === 'string' ? { displayName: r.value.displayName } : {}),
    });
  }

  async listPlanTasks(): PortResult<FollowupTaskRow[]> {
    const plans = await followPages(this.graph, '/me/planner/plans');
    if (!plans.ok) return plans;
    const ids = plans.value.items.flatMap((p) => (typeof p.id === 'string' ? [p.id] : []));
    const listings = await batchPages(
      this.graph,
      ids.map((id) => `/planner/plans/${enc(id)}/tasks`),
    );
    const rows: FollowupTaskRow[] = [];
    for (const listing of listings) {
      if (!listing.ok) {
        // A plan the user lost access to (or that was deleted) costs its tasks, not the whole tab.
        if (listing.error.kind === 'forbidden' || listing.error.kind === 'not-found') continue;
        return err(listing.error);
      }
      for (const raw of listing.items) {
        const row = toRow(raw);
        if (row) rows.push(row);
      }
    }
    return ok(rows);
  }

  async listMyTasks(): PortResult<FollowupTaskRow[]> {
    // $expand=details works on /me/planner/tasks (not on plan listings): one pass gives the markers.
    const r = await followPages(this.graph, '/me/planner/tasks?$expand=details');
    if (!r.ok) return r;
    return ok(r.value.items.map(toRow).filter((t): t is FollowupTaskRow => t !== null));
  }

  async listMeetings(range: { start: string; end: string }): PortResult<FollowupMeeting[]> {
    const key = `${range.start}/${range.end}`;
    let cache = this.meetingCache?.key === key ? this.meetingCache : null;
    let round = cache
      ? await followPages(this.graph, relativeToVersion(cache.deltaLink), { headers: DELTA_PREFER })
      : null;
    // A first load, or the sync state expired (410, mapped to not-found): a full round.
    if (!round || (!round.ok && round.error.kind === 'not-found')) {
      cache = { key, deltaLink: '', events: new Map(), records: new Map() };
      round = await followPages(
        this.graph,
        `/me/calendarView/delta?startDateTime=${enc(range.start)}&endDateTime=${enc(range.end)}`,
        { headers: DELTA_PREFER },
      );
    }
    if (!round.ok) return round;
    if (!cache) return err(appError('server', 'no calendar cache'));
    const changed: string[] = [];
    for (const raw of round.value.items) {
      const id = typeof raw.id === 'string' ? raw.id : '';
      if ('@removed' in raw) {
        cache.events.delete(id);
        cache.records.delete(id);
        continue;
      }
      const event = toCalendarEvent(raw);
      if (!event) continue;
      cache.events.set(event.id, event);
      changed.push(event.id);
    }
    const link = round.value.last['@odata.deltaLink'];
    if (typeof link !== 'string') return err(appError('server', 'calendar delta round without a deltaLink'));
    const records = await this.readRecords(changed);
    if (!records.ok) return records;
    for (const [id, record] of Object.entries(records.value)) cache.records.set(id, record);
    cache.deltaLink = link;
    this.meetingCache = cache;
    const meetings = [...cache.events.values()].map((event) => ({
      event,
      record: cache.records.get(event.id) ?? null,
    }));
    return ok(meetings.sort((a, b) => a.event.start.dateTime.localeCompare(b.event.start.dateTime)));
  }

  /** Our record on each event, 20 events a round trip; an event that vanished meanwhile has none. */
  private async readRecords(eventIds: readonly string[]): PortResult<Record<string, MeetingRecord | null>> {
    const results = await graphBatch(
      this.graph,
      eventIds.map((id, i) => ({
        id: String(i + 1),
        method: 'GET' as const,
        url: `/me/events/${enc(id)}?${EXPAND_RECORD}`,
      })),
    );
    const out: Record<string, MeetingRecord | null> = {};
    for (const [i, r] of results.entries()) {
      if (r.ok) out[eventIds[i]!] = recordOf(obj(r.body));
      else if (r.error.kind === 'not-found') out[eventIds[i]!] = null;
      else return err(r.error);
    }
    return ok(out);
  }

  async readDescriptions(taskIds: readonly string[]): PortResult<Record<string, string>> {
    const results = await graphBatch(
      this.graph,
      taskIds.map((id, i) => ({
        id: String(i + 1),
        method: 'GET' as const,
        url: `/planner/tasks/${enc(id)}/details`,
      })),
    );
    const out: Record<string, string> = {};
    for (const [i, r] of results.entries()) {
      if (r.ok) out[taskIds[i]!] = String(obj(r.body).description ?? '');
      else if (r.error.kind !== 'not-found' && r.error.kind !== 'forbidden') return err(r.error);
    }
    return ok(out);
  }

  async answer(task: Pick<PlannerTask, 'id' | 'etag'>, answer: Acceptance): PortResult<void> {
    const path = `/planner/tasks/${enc(task.id)}`;
    // The label first, under the task ETag: a task changed since the tab read it (reassigned, say) is
    // refused with 412 before anything is written.
    const label = await this.graph.patch(path, declinedLabelPatch(answer.state), {
      headers: { 'If-Match': task.etag },
    });
    if (!label.ok) return label;
    // Then the marker. Details have their own ETag (the task's is refused with 412); someone editing
    // the description meanwhile costs one re-read, their text is kept.
    for (let attempt = 0; ; attempt += 1) {
      const details = await this.graph.get<Json>(`${path}/details`);
      if (!details.ok) return details;
      const etag = details.value['@odata.etag'];
      if (typeof etag !== 'string') return err(appError('server', 'task details without an ETag'));
      const description = withAcceptance(String(details.value.description ?? ''), answer);
      const wrote = await this.graph.patch(
        `${path}/details`,
        { description },
        { headers: { 'If-Match': etag } },
      );
      if (wrote.ok) return ok(undefined);
      if (wrote.error.kind !== 'precondition-failed' || attempt > 0) return wrote;
    }
  }

  async reassign(task: Pick<PlannerTask, 'id' | 'etag' | 'assigneeIds'>, toUserId: string): PortResult<void> {
    const assignments: Record<string, unknown> = {};
    for (const id of task.assigneeIds) if (id !== toUserId) assignments[id] = null;
    assignments[toUserId] = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };
    const r = await this.graph.patch(
      `/planner/tasks/${enc(task.id)}`,
      { assignments, ...declinedLabelPatch('pending') },
      { headers: { 'If-Match': task.etag } },
    );
    return r.ok ? ok(undefined) : r;
  }

  async drop(task: Pick<PlannerTask, 'id' | 'etag'>): PortResult<void> {
    return this.graph.delete(`/planner/tasks/${enc(task.id)}`, { headers: { 'If-Match': task.etag } });
  }
}
