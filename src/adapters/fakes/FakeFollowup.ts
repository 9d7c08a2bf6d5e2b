import { appError } from '../../core/errors/AppError';
import { withAcceptance, type Acceptance } from '../../core/followup/acceptance';
import { err, ok } from '../../core/model/Result';
import type { CalendarPort } from '../../core/ports/CalendarPort';
import type {
  FollowupMe,
  FollowupMeeting,
  FollowupPort,
  FollowupTaskRow,
} from '../../core/ports/FollowupPort';
import type { PlannerTask, PortResult } from '../../core/ports/PlannerPort';
import type { FakePlanner } from './FakePlanner';

/**
 * FollowupPort over the in-memory Planner and calendar fakes, for core and UI tests. Planner's task
 * ETag guards answers, reassigning and dropping as in Graph (a stale one is a 412); the declined label
 * lives here because the fake Planner has no categories.
 */
export class FakeFollowup implements FollowupPort {
  constructor(
    private readonly planner: FakePlanner,
    private readonly calendar: CalendarPort,
    public meUser: FollowupMe = { id: 'u-me', email: 'me@contoso.com' },
    /** Task ids wearing the declined label; share it between two tabs (owner and organizer) of one tenant. */
    readonly declined: Set<string> = new Set(),
  ) {}

  async me(): PortResult<FollowupMe> {
    return ok(this.meUser);
  }

  private row(task: PlannerTask, withDescription: boolean): FollowupTaskRow {
    const description = this.planner.details.get(task.id)?.description ?? '';
    return {
      ...structuredClone(task),
      declinedLabel: this.declined.has(task.id),
      ...(withDescription ? { description } : {}),
    };
  }

  async listPlanTasks(): PortResult<FollowupTaskRow[]> {
    const plans = await this.planner.listPlans();
    if (!plans.ok) return plans;
    const rows: FollowupTaskRow[] = [];
    for (const plan of plans.value) {
      const listed = await this.planner.listTasks({ planId: plan.id });
      if (!listed.ok) {
        if (listed.error.kind === 'forbidden' || listed.error.kind === 'not-found') continue;
        return listed;
      }
      rows.push(...listed.value.map((t) => this.row(t, false)));
    }
    return ok(rows);
  }

  async listMyTasks(): PortResult<FollowupTaskRow[]> {
    const mine = [...this.planner.tasks.values()]
      .map((s) => s.task)
      .filter((t) => t.assigneeIds.includes(this.meUser.id));
    return ok(mine.map((t) => this.row(t, true)));
  }

  async listMeetings(range: { start: string; end: string }): PortResult<FollowupMeeting[]> {
    const view = await this.calendar.calendarView(range);
    if (!view.ok) return view;
    const out: FollowupMeeting[] = [];
    for (const event of view.value) {
      const full = await this.calendar.getEvent(event.id);
      out.push({ event, record: full.ok ? full.value.record : null });
    }
    return ok(out);
  }

  async readDescriptions(taskIds: readonly string[]): PortResult<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const id of taskIds) {
      const d = this.planner.details.get(id);
      if (d) out[id] = d.description;
    }
    return ok(out);
  }

  private current(task: Pick<PlannerTask, 'id' | 'etag'>) {
    const stored = this.planner.tasks.get(task.id);
    if (!stored) return err(appError('not-found', `task ${task.id}`));
    if (stored.task.etag !== task.etag)
      return err(appError('precondition-failed', 'The If-Match header contains an invalid value'));
    return ok(stored.task);
  }

  private bump(task: PlannerTask): void {
    task.etag = `${task.etag}+`;
  }

  async answer(task: Pick<PlannerTask, 'id' | 'etag'>, answer: Acceptance): PortResult<void> {
    const found = this.current(task);
    if (!found.ok) return found;
    const details = await this.planner.getTaskDetails(task.id);
    if (!details.ok) return details;
    const wrote = await this.planner.updateTaskDetails(task.id, details.value.etag, {
      description: withAcceptance(details.value.description, answer),
    });
    if (!wrote.ok) return wrote;
    if (answer.state === 'declined') this.declined.add(task.id);
    else this.declined.delete(task.id);
    this.bump(found.value);
    return ok(undefined);
  }

  async reassign(task: Pick<PlannerTask, 'id' | 'etag' | 'assigneeIds'>, toUserId: string): PortResult<void> {
    const found = this.current(task);
    if (!found.ok) return found;
    found.value.assigneeIds = [toUserId];
    this.declined.delete(task.id);
    this.bump(found.value);
    return ok(undefined);
  }

  async drop(task: Pick<PlannerTask, 'id' | 'etag'>): PortResult<void> {
    const found = this.current(task);
    if (!found.ok) return found;
    this.planner.tasks.delete(task.id);
    this.planner.details.delete(task.id);
    return ok(undefined);
  }
}
