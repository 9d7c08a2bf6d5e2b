import type { AcceptanceView } from '../followup/acceptance';
import type { CalendarEvent, MeetingRecord } from './CalendarPort';
import type { PortResult } from './PlannerPort';

/** Where a Planner task stands now, for carrying an action item forward. */
export interface TaskNow {
  title: string;
  percentComplete: number;
  assigneeIds: string[];
  acceptance: AcceptanceView;
}

/** A recurring meeting's earlier occurrences and the state of what they decided. */
export interface SeriesPort {
  /** Occurrences of the series in [start, end) (UTC ISO), oldest first. */
  instances(seriesMasterId: string, range: { start: string; end: string }): PortResult<CalendarEvent[]>;
  /** Our record on one occurrence (null when Meeting Guard never wrote one). */
  record(eventId: string): PortResult<MeetingRecord | null>;
  /** Task id → its state now, read in batches; a task that no longer exists is left out. */
  tasksNow(taskIds: readonly string[]): PortResult<Record<string, TaskNow>>;
}
