import type { MeetingAction } from './MeetingAction';
import type { ActionDraft, MeetingRunState, Note } from './MeetingRun';

const MAX_TEXT = 2000;
const clean = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
const isDay = (s: string): boolean => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Ends the current item's clock at `at`, booking its minutes; the item is left paused. */
function stopItem(s: MeetingRunState, at: number): MeetingRunState {
  const spentMs =
    s.clock.spentMs + (s.clock.runningSince === undefined ? 0 : Math.max(0, at - s.clock.runningSince));
  return {
    ...s,
    clock: { ...s.clock, spentMs, runningSince: undefined },
    spent: { ...s.spent, [s.current]: Math.round(spentMs / 600) / 100 },
  };
}

/** Moves to item `index`, starting its clock (with time already booked on it, if it was visited before). */
function moveTo(s: MeetingRunState, index: number, at: number): MeetingRunState {
  if (index < 0 || index >= s.items.length || index === s.current) return s;
  const left = stopItem(s, at);
  const before = (left.spent[index] ?? 0) * 60_000;
  return {
    ...left,
    current: index,
    clock: { spentMs: before, extraMinutes: 0, runningSince: at },
    speaker: { ...left.speaker, runningSince: undefined, spentMs: 0, name: undefined },
  };
}

function stopSpeaker(s: MeetingRunState, at: number): MeetingRunState {
  if (s.speaker.runningSince === undefined) return s;
  return {
    ...s,
    speaker: {
      ...s.speaker,
      spentMs: s.speaker.spentMs + Math.max(0, at - s.speaker.runningSince),
      runningSince: undefined,
    },
  };
}

function addNote(list: Note[], id: string, text: string, a: MeetingAction, item: number): Note[] {
  const t = clean(text);
  if (!t || !id || list.some((n) => n.id === id)) return list;
  return [...list, { id, text: t, by: a.by, at: a.at, item }];
}

const live = (s: MeetingRunState): boolean => s.phase === 'running';
const open = (s: MeetingRunState): boolean => s.phase === 'running' || s.phase === 'closing';

/**
 * The meeting run as a pure function of its actions. Actions that make no sense in the current
 * phase (a timer move before the start, an empty decision) leave the state unchanged, because they
 * arrive from many clients and may cross on the wire.
 */
export function meetingRunReducer(s: MeetingRunState, a: MeetingAction): MeetingRunState {
  switch (a.type) {
    case 'agenda.load':
      if (s.phase !== 'before') return s;
      return {
        ...s,
        goal: clean(a.goal),
        items: a.items.map((i) => ({
          ...i,
          title: clean(i.title) || '—',
          minutes: Math.max(0, Math.round(i.minutes) || 0),
        })),
      };
    case 'join':
      if (!a.person.id || s.attendance[a.person.id]) return s;
      return {
        ...s,
        attendance: {
          ...s.attendance,
          [a.person.id]: { ...a.person, name: clean(a.person.name) || a.person.id, at: a.at },
        },
      };
    case 'preread.mark': {
      const readiness = { ...s.readiness };
      if (a.read) readiness[a.by] = a.at;
      else delete readiness[a.by];
      return { ...s, readiness };
    }
    case 'meeting.start':
      if (s.phase !== 'before' || s.items.length === 0) return s;
      return {
        ...s,
        phase: 'running',
        startedAt: a.at,
        current: 0,
        clock: { spentMs: 0, extraMinutes: 0, runningSince: a.at },
      };
    case 'item.next':
      return live(s) ? moveTo(s, s.current + 1, a.at) : s;
    case 'item.prev':
      return live(s) ? moveTo(s, s.current - 1, a.at) : s;
    case 'item.goto':
      return live(s) && Number.isInteger(a.index) ? moveTo(s, a.index, a.at) : s;
    case 'item.pause':
      if (!live(s) || s.clock.runningSince === undefined) return s;
      return {
        ...s,
        clock: {
          ...s.clock,
          spentMs: s.clock.spentMs + Math.max(0, a.at - s.clock.runningSince),
          runningSince: undefined,
        },
      };
    case 'item.resume':
      if (!live(s) || s.clock.runningSince !== undefined) return s;
      return { ...s, clock: { ...s.clock, runningSince: a.at } };
    case 'item.extend':
      if (!live(s) || !Number.isFinite(a.minutes) || a.minutes <= 0 || a.minutes > 120) return s;
      return { ...s, clock: { ...s.clock, extraMinutes: s.clock.extraMinutes + Math.round(a.minutes) } };
    case 'speaker.start': {
      if (!live(s)) return s;
      const limitMs =
        a.limitMs !== undefined && a.limitMs >= 30_000 && a.limitMs <= 30 * 60_000
          ? a.limitMs
          : s.speaker.limitMs;
      const name = a.name === undefined ? undefined : clean(a.name) || undefined;
      return { ...s, speaker: { name, limitMs, spentMs: 0, runningSince: a.at } };
    }
    case 'speaker.stop':
      return stopSpeaker(s, a.at);
    case 'park.add':
      return open(s) || s.phase === 'before'
        ? { ...s, parkingLot: addNote(s.parkingLot, a.id, a.text, a, s.current) }
        : s;
    case 'park.remove':
      return { ...s, parkingLot: s.parkingLot.filter((n) => n.id !== a.id) };
    case 'decision.add':
      return open(s) ? { ...s, decisions: addNote(s.decisions, a.id, a.text, a, s.current) } : s;
    case 'decision.remove':
      return open(s) ? { ...s, decisions: s.decisions.filter((n) => n.id !== a.id) } : s;
    case 'action.add':
      if (!open(s) || !a.id || s.actions.some((x) => x.id === a.id)) return s;
      return {
        ...s,
        actions: [
          ...s.actions,
          { id: a.id, content: '', acceptance: '', due: '', item: s.current, at: a.at },
        ],
      };
    case 'action.update':
      if (s.phase === 'closed' || s.synced.includes(a.id)) return s;
      return { ...s, actions: s.actions.map((x) => (x.id === a.id ? patchAction(x, a.patch) : x)) };
    case 'action.remove':
      if (s.phase === 'closed' || s.synced.includes(a.id)) return s;
      return { ...s, actions: s.actions.filter((x) => x.id !== a.id) };
    case 'meeting.close':
      if (!live(s)) return s;
      return { ...stopSpeaker(stopItem(s, a.at), a.at), phase: 'closing' };
    case 'meeting.reopen':
      if (s.phase !== 'closing') return s;
      return { ...s, phase: 'running', clock: { ...s.clock, runningSince: a.at } };
    case 'goal.assess':
      if (!open(s) && s.phase !== 'closed') return s;
      return { ...s, goalMet: { verdict: a.verdict, why: clean(a.why), by: a.by } };
    case 'feedback.give': {
      const f = a.feedback;
      const okScore = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 5;
      if (s.phase === 'before' || !okScore(f.timeSplit) || !okScore(f.materials) || !okScore(f.worth))
        return s;
      return {
        ...s,
        feedback: {
          ...s.feedback,
          [a.by]: { timeSplit: f.timeSplit, materials: f.materials, worth: f.worth },
        },
      };
    }
    case 'meeting.finish':
      if (s.phase !== 'closing') return s;
      return { ...s, phase: 'closed', closedAt: a.at };
    case 'minutes.drafted':
      return s.phase === 'closed' && s.minutes.draftAt === undefined
        ? { ...s, minutes: { ...s.minutes, draftAt: a.at } }
        : s;
    case 'minutes.sent':
      if (s.phase !== 'closed') return s;
      return {
        ...s,
        minutes: {
          draftAt: s.minutes.draftAt ?? a.at,
          sentAt: s.minutes.sentAt ?? a.at,
          ...(a.final
            ? { finalAt: s.minutes.finalAt ?? a.at }
            : s.minutes.finalAt === undefined
              ? {}
              : { finalAt: s.minutes.finalAt }),
        },
      };
    case 'actions.synced':
      return {
        ...s,
        synced: [
          ...s.synced,
          ...a.ids.filter((id) => !s.synced.includes(id) && s.actions.some((x) => x.id === id)),
        ],
      };
    default:
      return s;
  }
}

function patchAction(
  x: ActionDraft,
  p: Partial<Pick<ActionDraft, 'owner' | 'content' | 'acceptance' | 'due'>>,
): ActionDraft {
  const next = { ...x };
  // Not trimmed here: these arrive while someone is typing; validation trims.
  if (p.content !== undefined) next.content = p.content.slice(0, MAX_TEXT);
  if (p.acceptance !== undefined) next.acceptance = p.acceptance.slice(0, MAX_TEXT);
  if (p.due !== undefined && isDay(p.due)) next.due = p.due;
  if ('owner' in p) {
    if (p.owner) next.owner = { ...p.owner, name: clean(p.owner.name) };
    else delete next.owner;
  }
  return next;
}

/** Replays actions in their canonical order (time, then sender, then a tie-breaker key). */
export function replay(initial: MeetingRunState, actions: readonly MeetingAction[]): MeetingRunState {
  return actions.reduce(meetingRunReducer, initial);
}
