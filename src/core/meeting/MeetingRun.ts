/**
 * The live state of one meeting run, shared by every attendee. It is rebuilt by replaying actions
 * (see meetingRunReducer), so two clients that saw the same actions always show the same meeting.
 * Times are epoch milliseconds taken from the action that caused them, never from a clock here.
 */
export type AgendaKind = 'info' | 'discuss' | 'decide' | 'break';

export interface RunItem {
  title: string;
  owner?: string;
  /** Planned minutes; 0 when the agenda gave none. */
  minutes: number;
  output?: string;
  kind: AgendaKind;
}

export interface Person {
  /** Stable id: e-mail (lower case) when known, else the host's user id. */
  id: string;
  name: string;
  email?: string;
}

export interface Note {
  id: string;
  text: string;
  by: string;
  at: number;
  /** Agenda item index it was recorded under. */
  item: number;
}

export interface ActionDraft {
  id: string;
  owner?: Person;
  content: string;
  acceptance: string;
  /** YYYY-MM-DD, meeting-local. */
  due: string;
  item: number;
  at: number;
}

export type GoalVerdict = 'yes' | 'partly' | 'no';

export interface Feedback {
  /** 1–5: was the time split right? */
  timeSplit: number;
  /** 1–5: were the materials enough? */
  materials: number;
  /** 1–5: was the meeting worth your time? */
  worth: number;
}

export type Phase = 'before' | 'running' | 'closing' | 'closed';

export interface ItemClock {
  /** When the current item (re)started running; absent while paused or not started. */
  runningSince?: number;
  /** Time already spent on the current item before runningSince. */
  spentMs: number;
  /** Extra minutes granted to the current item. */
  extraMinutes: number;
}

export interface SpeakerClock {
  name?: string;
  runningSince?: number;
  spentMs: number;
  limitMs: number;
}

export interface MeetingRunState {
  phase: Phase;
  goal: string;
  items: RunItem[];
  current: number;
  clock: ItemClock;
  /** Actual minutes spent per item index, filled when an item is left. */
  spent: Record<number, number>;
  speaker: SpeakerClock;
  parkingLot: Note[];
  decisions: Note[];
  actions: ActionDraft[];
  /** Pre-read readiness: person id → when they marked it read. */
  readiness: Record<string, number>;
  /** Who was present: person id → person, first seen. */
  attendance: Record<string, Person & { at: number }>;
  startedAt?: number;
  closedAt?: number;
  goalMet?: { verdict: GoalVerdict; why: string; by: string };
  feedback: Record<string, Feedback>;
  minutes: { draftAt?: number; sentAt?: number; finalAt?: number };
  /** Ids of actions already handed to the sync engine. */
  synced: string[];
}

export const DEFAULT_SPEAKER_MS = 3 * 60_000;

export function initialRun(goal = '', items: RunItem[] = []): MeetingRunState {
  return {
    phase: 'before',
    goal,
    items,
    current: 0,
    clock: { spentMs: 0, extraMinutes: 0 },
    spent: {},
    speaker: { spentMs: 0, limitMs: DEFAULT_SPEAKER_MS },
    parkingLot: [],
    decisions: [],
    actions: [],
    readiness: {},
    attendance: {},
    feedback: {},
    minutes: {},
    synced: [],
  };
}
