import type { AppError } from '../errors/AppError';
import { evaluate } from '../evaluate';
import { DEFAULT_POLICY, type Policy } from '../model/Policy';
import type { Result } from '../model/Result';
import type { DirectoryPort } from '../ports/DirectoryPort';
import type { FollowupMe, FollowupPort, FollowupTaskRow } from '../ports/FollowupPort';
import { readGraphEvents } from '../read/readGraphEvents';
import { acceptanceFor, parseAcceptance } from './acceptance';
import type { MeetingRecord, TrackedTask } from './TrackedTask';
import { ownerEmails, recordToMeeting, taskLinks } from './recordToMeeting';

export interface FollowupDeps {
  followup: FollowupPort;
  directory: DirectoryPort;
}

export interface FollowupLoad {
  tasks: TrackedTask[];
  meetings: MeetingRecord[];
  people: Record<string, string>;
  me: FollowupMe;
}

const DAY = 86_400_000;
/** How far back the tab looks: two quarters, so last quarter's review is complete. */
export const LOOKBACK_DAYS = 183;

/**
 * The calendar window of a load, in whole UTC days: the same all day long, so the adapter's calendar
 * delta state carries over from one refresh to the next (a refresh then costs only what changed).
 */
export function followupWindow(now: Date): { start: string; end: string } {
  const today = Math.floor(now.getTime() / DAY) * DAY;
  return {
    start: new Date(today - LOOKBACK_DAYS * DAY).toISOString(),
    end: new Date(today + DAY).toISOString(),
  };
}

function toTracked(row: FollowupTaskRow, description: string | undefined): TrackedTask {
  const task: TrackedTask = {
    id: row.id,
    title: row.title,
    percentComplete: row.percentComplete,
    assigneeIds: row.assigneeIds,
    etag: row.etag,
    ...(row.dueDateTime ? { dueDateTime: row.dueDateTime } : {}),
    ...(row.completedDateTime ? { completedDateTime: row.completedDateTime } : {}),
  };
  if (description === undefined) return task;
  const view = acceptanceFor(parseAcceptance(description), row.assigneeIds);
  // The label is written before the marker (acceptance.ts): a label without a decline marker is a
  // decline whose reason did not make it (yet).
  task.acceptance =
    row.declinedLabel && view.state !== 'declined' ? { state: 'declined', by: '', at: '' } : view;
  return task;
}

/**
 * Everything the follow-up tab shows, from the user's own Microsoft 365 data: the tasks of the plans they
 * see (with the owners' answers where known), every meeting of the last two quarters with what the
 * meeting app stored on it, and the invite quality of each (judged by the same core as the pane). No
 * meeting cap: the port reads in bulk. A meeting whose invite cannot be read is skipped, not fatal.
 */
export async function loadFollowupData(
  deps: FollowupDeps,
  now: Date,
  policy: Policy = DEFAULT_POLICY,
): Promise<Result<FollowupLoad, AppError>> {
  const [me, planTasks, myTasks, view] = await Promise.all([
    deps.followup.me(),
    deps.followup.listPlanTasks(),
    deps.followup.listMyTasks(),
    deps.followup.listMeetings(followupWindow(now)),
  ]);
  if (!me.ok) return me;
  if (!planTasks.ok) return planTasks;
  if (!myTasks.ok) return myTasks;
  if (!view.ok) return view;

  const rows = new Map<string, FollowupTaskRow>();
  for (const row of planTasks.value) rows.set(row.id, row);
  const descriptions = new Map<string, string>();
  for (const row of myTasks.value) {
    rows.set(row.id, { ...rows.get(row.id), ...row });
    descriptions.set(row.id, row.description ?? '');
  }
  // Others' answers: plan listings carry no details, so read the reason of labelled (declined) tasks only.
  const declined = [...rows.values()]
    .filter((r) => r.declinedLabel && !descriptions.has(r.id))
    .map((r) => r.id);
  if (declined.length > 0) {
    const read = await deps.followup.readDescriptions(declined);
    if (!read.ok) return read;
    for (const id of declined) descriptions.set(id, read.value[id] ?? '');
  }
  const tasks = [...rows.values()].map((row) => toTracked(row, descriptions.get(row.id)));

  const meetings: MeetingRecord[] = [];
  const links: Record<string, string> = {};
  const emails = new Set<string>();
  const nowIso = now.toISOString();
  for (const { event, record } of view.value) {
    if (event.isCancelled) continue;
    const read = readGraphEvents(JSON.stringify(event.raw), {
      source: event.id,
      defaultTimeZone: policy.timeZone,
    });
    const invite = read.ok ? read.value[0] : undefined;
    if (!invite || invite.start > nowIso) continue;
    const verdict = evaluate(invite, policy, new Date(invite.start));
    const findings = verdict.findings.filter(
      (f) => f.severity !== 'info' && f.rule !== 'notice.short',
    ).length;
    meetings.push(
      recordToMeeting(event, invite.start, record, verdict.scope === 'group' ? findings : undefined),
    );
    Object.assign(links, taskLinks(event.id, record));
    for (const e of ownerEmails(record)) emails.add(e);
    // Attendees are who a declined item can be reassigned to.
    for (const a of event.attendees) if (a.type !== 'resource') emails.add(a.email.toLowerCase());
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
  return { ok: true, value: { tasks, meetings, people, me: me.value } };
}
