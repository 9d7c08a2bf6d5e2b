import type { AppError } from '../errors/AppError';
import { evaluate } from '../evaluate';
import { DEFAULT_POLICY, type Policy } from '../model/Policy';
import type { Result } from '../model/Result';
import type { CalendarPort } from '../ports/CalendarPort';
import type { DirectoryPort } from '../ports/DirectoryPort';
import type { PlannerPort } from '../ports/PlannerPort';
import { readGraphEvents } from '../read/readGraphEvents';
import type { MeetingRecord, TrackedTask } from './TrackedTask';
import { ownerEmails, recordToMeeting, taskLinks } from './recordToMeeting';

export interface FollowupDeps {
  planner: PlannerPort;
  calendar: CalendarPort;
  directory: DirectoryPort;
}

export interface FollowupLoad {
  tasks: TrackedTask[];
  meetings: MeetingRecord[];
  people: Record<string, string>;
}

/** Meetings read in full (event + record) per load: enough for two quarters of a team's meetings. */
export const MAX_MEETINGS = 60;

/**
 * Everything the follow-up tab shows, from the user's own Microsoft 365 data: Planner tasks of the plans
 * they see, the meetings of the last six months with what the meeting app stored on them, and the
 * invite quality of each (judged by the same core as the pane). A meeting that cannot be read is
 * skipped, not fatal: one broken event must not hide everyone's tasks.
 */
export async function loadFollowupData(deps: FollowupDeps, now: Date, policy: Policy = DEFAULT_POLICY): Promise<Result<FollowupLoad, AppError>> {
  const plans = await deps.planner.listPlans();
  if (!plans.ok) return plans;
  const tasks: TrackedTask[] = [];
  for (const plan of plans.value) {
    const listed = await deps.planner.listTasks({ planId: plan.id });
    if (!listed.ok) {
      if (listed.error.kind === 'forbidden' || listed.error.kind === 'not-found') continue;
      return listed;
    }
    for (const t of listed.value) tasks.push({ ...t });
  }

  const from = new Date(now.getTime() - 183 * 86_400_000).toISOString();
  const view = await deps.calendar.calendarView({ start: from, end: now.toISOString() });
  if (!view.ok) return view;
  const meetings: MeetingRecord[] = [];
  const links: Record<string, string> = {};
  const emails = new Set<string>();
  for (const event of view.value.filter((e) => !e.isCancelled).slice(-MAX_MEETINGS)) {
    const read = readGraphEvents(JSON.stringify(event.raw), { source: event.id, defaultTimeZone: policy.timeZone });
    const invite = read.ok ? read.value[0] : undefined;
    if (!invite) continue;
    const full = await deps.calendar.getEvent(event.id);
    const record = full.ok ? full.value.record : null;
    const verdict = evaluate(invite, policy, new Date(invite.start));
    const findings = verdict.findings.filter((f) => f.severity !== 'info' && f.rule !== 'notice.short').length;
    meetings.push(recordToMeeting(event, invite.start, record, verdict.scope === 'group' ? findings : undefined));
    Object.assign(links, taskLinks(event.id, record));
    for (const e of ownerEmails(record)) emails.add(e);
  }
  for (const t of tasks) {
    const meetingId = links[t.id];
    if (meetingId) t.meetingId = meetingId;
  }

  // Names for owners: Graph's /users/{id | userPrincipalName} answers both, so assignee ids resolve
  // like e-mails. A failure only costs names, never the tasks.
  const people: Record<string, string> = {};
  const ids = new Set(tasks.flatMap((t) => t.assigneeIds));
  const lookups = [...emails, ...ids];
  if (lookups.length) {
    const users = await deps.directory.resolveUsers(lookups);
    if (users.ok) for (const u of Object.values(users.value)) if (u) people[u.id] = u.displayName || u.email;
  }
  return { ok: true, value: { tasks, meetings, people } };
}
