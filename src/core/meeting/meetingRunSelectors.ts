import type { ActionItem } from '../model/ActionItem';
import type { ActionDraft, MeetingRunState, Person } from './MeetingRun';

export interface Timing {
  elapsedMs: number;
  plannedMs: number;
  /** Negative once over. */
  remainingMs: number;
  overrun: boolean;
  running: boolean;
}

/** The current agenda item's clock at `now`; plannedMs is 0 when the item had no duration. */
export function itemTiming(s: MeetingRunState, now: number): Timing {
  const item = s.items[s.current];
  const running = s.phase === 'running' && s.clock.runningSince !== undefined;
  const elapsedMs =
    s.clock.spentMs +
    (running && s.clock.runningSince !== undefined ? Math.max(0, now - s.clock.runningSince) : 0);
  const plannedMs = ((item?.minutes ?? 0) + s.clock.extraMinutes) * 60_000;
  const remainingMs = plannedMs - elapsedMs;
  return { elapsedMs, plannedMs, remainingMs, overrun: plannedMs > 0 && remainingMs < 0, running };
}

export function speakerTiming(s: MeetingRunState, now: number): Timing & { name?: string } {
  const sp = s.speaker;
  const running = sp.runningSince !== undefined;
  const elapsedMs = sp.spentMs + (sp.runningSince === undefined ? 0 : Math.max(0, now - sp.runningSince));
  const remainingMs = sp.limitMs - elapsedMs;
  return {
    elapsedMs,
    plannedMs: sp.limitMs,
    remainingMs,
    overrun: remainingMs < 0,
    running,
    ...(sp.name ? { name: sp.name } : {}),
  };
}

/** Whole meeting: planned minutes and minutes used so far (booked items plus the running one). */
export function meetingProgress(s: MeetingRunState, now: number): { plannedMin: number; usedMin: number } {
  const plannedMin = s.items.reduce((n, i) => n + i.minutes, 0);
  const booked = Object.entries(s.spent).reduce((n, [k, v]) => (Number(k) === s.current ? n : n + v), 0);
  return { plannedMin, usedMin: Math.round((booked + itemTiming(s, now).elapsedMs / 60_000) * 10) / 10 };
}

export type ActionProblem = 'owner' | 'content' | 'acceptance' | 'due' | 'owner-not-attendee' | 'due-in-past';

/**
 * What an action item still lacks before it counts: the guide's owner, task, acceptance standard and
 * due date. The owner must be one of the meeting's people; the due date not before the meeting day.
 */
export function actionProblems(
  a: ActionDraft,
  people: readonly Person[],
  meetingDay: string,
): ActionProblem[] {
  const out: ActionProblem[] = [];
  if (!a.owner) out.push('owner');
  else if (!people.some((p) => p.id === a.owner?.id)) out.push('owner-not-attendee');
  if (!a.content.trim()) out.push('content');
  if (!a.acceptance.trim()) out.push('acceptance');
  if (!a.due) out.push('due');
  else if (meetingDay && a.due < meetingDay) out.push('due-in-past');
  return out;
}

export function countableActions(
  s: MeetingRunState,
  people: readonly Person[],
  meetingDay: string,
): ActionDraft[] {
  return s.actions.filter((a) => actionProblems(a, people, meetingDay).length === 0);
}

/** Everyone the meeting knows: invitees first, then whoever joined without being invited. */
export function meetingPeople(s: MeetingRunState, invitees: readonly Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const p of invitees) if (p.id && !seen.has(p.id)) seen.set(p.id, p);
  for (const p of Object.values(s.attendance))
    if (!seen.has(p.id)) seen.set(p.id, { id: p.id, name: p.name, ...(p.email ? { email: p.email } : {}) });
  return [...seen.values()];
}

export interface MeetingRef {
  meetingId: string;
  title: string;
  url?: string;
  timeZone: string;
}

/** Countable actions as the shared ActionItem model for the sync engine; `key` is stable per meeting+action. */
export function toActionItems(
  s: MeetingRunState,
  people: readonly Person[],
  meetingDay: string,
  ref: MeetingRef,
  nowIso: string,
): ActionItem[] {
  return countableActions(s, people, meetingDay).map((a) => ({
    key: `${ref.meetingId}:${a.id}`,
    meetingId: ref.meetingId,
    meetingTitle: ref.title,
    ...(ref.url ? { meetingUrl: ref.url } : {}),
    owner: { email: a.owner?.email ?? a.owner?.id ?? '', ...(a.owner?.name ? { name: a.owner.name } : {}) },
    content: a.content.trim(),
    acceptance: a.acceptance.trim(),
    due: a.due,
    timeZone: ref.timeZone,
    createdAt: nowIso,
  }));
}

/** Pre-read readiness as the organizer sees it. */
export function readinessOf(
  s: MeetingRunState,
  invitees: readonly Person[],
): { ready: Person[]; waiting: Person[] } {
  const ready = invitees.filter((p) => s.readiness[p.id] !== undefined);
  return { ready, waiting: invitees.filter((p) => s.readiness[p.id] === undefined) };
}
