import { acceptanceFor, parseAcceptance } from '../../core/followup/acceptance';
import { err, ok } from '../../core/model/Result';
import type { CalendarEvent, MeetingRecord } from '../../core/ports/CalendarPort';
import type { PortResult } from '../../core/ports/PlannerPort';
import type { SeriesPort, TaskNow } from '../../core/ports/SeriesPort';
import { followPages } from './batchPages';
import type { GraphClient } from './createGraphClient';
import { EXPAND_MEETING_RECORD, recordOf } from './GraphCalendar';
import { graphBatch } from './graphBatch';
import { toCalendarEvent } from './graphEvent';
import { toPlannerTask } from './plannerJson';

type Json = Record<string, unknown>;
const enc = encodeURIComponent;
const UTC = { Prefer: 'outlook.timezone="UTC"' };

/** SeriesPort over Graph v1.0: `/me/events/{master}/instances`, the record by filtered expand, tasks in `$batch`. */
export class GraphSeries implements SeriesPort {
  constructor(private readonly graph: GraphClient) {}

  async instances(
    seriesMasterId: string,
    range: { start: string; end: string },
  ): PortResult<CalendarEvent[]> {
    const r = await followPages(
      this.graph,
      `/me/events/${enc(seriesMasterId)}/instances?startDateTime=${enc(range.start)}&endDateTime=${enc(range.end)}`,
      { headers: UTC, maxPages: 10 },
    );
    if (!r.ok) return r;
    return ok(r.value.items.map(toCalendarEvent).filter((e): e is CalendarEvent => e !== null));
  }

  async record(eventId: string): PortResult<MeetingRecord | null> {
    const r = await this.graph.get<Json>(`/me/events/${enc(eventId)}?$select=id&${EXPAND_MEETING_RECORD}`);
    if (!r.ok) return r.error.kind === 'not-found' ? ok(null) : r;
    return ok(recordOf(r.value));
  }

  /** Each task and its details (the acceptance marker) side by side: 10 tasks an envelope. */
  async tasksNow(taskIds: readonly string[]): PortResult<Record<string, TaskNow>> {
    const ids = [...new Set(taskIds)];
    const results = await graphBatch(
      this.graph,
      ids.flatMap((id, i) => [
        { id: `t${i}`, method: 'GET' as const, url: `/planner/tasks/${enc(id)}` },
        { id: `d${i}`, method: 'GET' as const, url: `/planner/tasks/${enc(id)}/details` },
      ]),
    );
    const out: Record<string, TaskNow> = {};
    for (const [i, id] of ids.entries()) {
      const t = results[2 * i]!;
      const d = results[2 * i + 1]!;
      if (!t.ok) {
        if (t.error.kind === 'not-found' || t.error.kind === 'forbidden') continue;
        return err(t.error);
      }
      const task = toPlannerTask(t.body);
      if (!task) continue;
      const description = d.ok ? String((d.body as Json | undefined)?.description ?? '') : '';
      out[id] = {
        title: task.title,
        percentComplete: task.percentComplete,
        assigneeIds: task.assigneeIds,
        acceptance: acceptanceFor(parseAcceptance(description), task.assigneeIds),
      };
    }
    return ok(out);
  }
}
