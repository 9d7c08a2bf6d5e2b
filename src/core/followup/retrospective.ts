import { toLocal } from '../time/toLocal';
import type { MeetingRecord, TrackedTask } from './TrackedTask';
import { daysLate, taskState } from './taskState';

export interface RetroInput {
  /** Local dates, inclusive. */
  from: string;
  to: string;
  meetings: readonly MeetingRecord[];
  tasks: readonly TrackedTask[];
  now: Date;
  zone: string;
}

export interface MeetingRetro {
  meeting: MeetingRecord;
  date: string;
  actions: number;
  onTime: number;
  late: number;
  open: number;
}

export interface Retrospective {
  from: string;
  to: string;
  meetings: MeetingRetro[];
  goals: { yes: number; partly: number; no: number; unrated: number; rate: number | null };
  actions: { total: number; onTime: number; late: number; open: number; onTimeRate: number | null };
  /** Most late first: what to talk about ("1 late, and why"). */
  lateTasks: Array<{ task: TrackedTask; daysLate: number }>;
  /** Mean warn+block findings per invite, by local month (YYYY-MM): is invite quality improving? */
  inviteQuality: Array<{ month: string; meetings: number; meanFindings: number }>;
  feedback: { timeSplit: number; materials: number; worth: number; responses: number } | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The guide's quarterly review of recurring meetings: goal completion (partly counts half), actions on
 * time vs late, the invite-quality trend and the feedback pulse, over meetings held in [from, to].
 */
export function retrospective(input: RetroInput): Retrospective {
  const { zone, now } = input;
  const held = input.meetings
    .filter((m) => !Number.isNaN(Date.parse(m.start)))
    .map((m) => ({ meeting: m, date: toLocal(m.start, zone).date }))
    .filter(({ date }) => date >= input.from && date <= input.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.meeting.meetingId.localeCompare(b.meeting.meetingId));
  const ids = new Set(held.map((h) => h.meeting.meetingId));
  const tasks = input.tasks.filter((t) => t.meetingId !== undefined && ids.has(t.meetingId));

  const judge = (t: TrackedTask): 'onTime' | 'late' | 'open' => {
    const state = taskState(t, now, zone);
    if (state === 'overdue') return 'late';
    if (state === 'done') return daysLate(t, now, zone) > 0 ? 'late' : 'onTime';
    return 'open';
  };
  const meetings: MeetingRetro[] = held.map(({ meeting, date }) => {
    const mine = tasks.filter((t) => t.meetingId === meeting.meetingId).map(judge);
    return {
      meeting,
      date,
      actions: mine.length,
      onTime: mine.filter((j) => j === 'onTime').length,
      late: mine.filter((j) => j === 'late').length,
      open: mine.filter((j) => j === 'open').length,
    };
  });

  const goals = { yes: 0, partly: 0, no: 0, unrated: 0, rate: null as number | null };
  for (const { meeting } of held) goals[meeting.goalMet ?? 'unrated']++;
  const rated = goals.yes + goals.partly + goals.no;
  goals.rate = rated ? round2((goals.yes + goals.partly / 2) / rated) : null;

  const sum = (k: 'actions' | 'onTime' | 'late' | 'open') => meetings.reduce((n, m) => n + m[k], 0);
  const actions = { total: sum('actions'), onTime: sum('onTime'), late: sum('late'), open: sum('open'), onTimeRate: null as number | null };
  if (actions.onTime + actions.late) actions.onTimeRate = round2(actions.onTime / (actions.onTime + actions.late));

  const lateTasks = tasks
    .filter((t) => judge(t) === 'late')
    .map((task) => ({ task, daysLate: daysLate(task, now, zone) }))
    .sort((a, b) => b.daysLate - a.daysLate || a.task.id.localeCompare(b.task.id));

  const months = new Map<string, number[]>();
  for (const { meeting, date } of held) {
    if (meeting.inviteFindings === undefined) continue;
    const month = date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), meeting.inviteFindings]);
  }
  const inviteQuality = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, counts]) => ({ month, meetings: counts.length, meanFindings: round2(counts.reduce((a, b) => a + b, 0) / counts.length) }));

  const pulses = held.map((h) => h.meeting.feedback).filter((f): f is NonNullable<typeof f> => f !== undefined);
  const avg = (k: 'timeSplit' | 'materials' | 'worth') => round2(pulses.reduce((n, f) => n + f[k], 0) / pulses.length);
  const feedback = pulses.length ? { timeSplit: avg('timeSplit'), materials: avg('materials'), worth: avg('worth'), responses: pulses.length } : null;

  return { from: input.from, to: input.to, meetings, goals, actions, lateTasks, inviteQuality, feedback };
}
