import type { ActionDraft, Feedback, GoalVerdict, Person, RunItem } from './MeetingRun';

/** Every change to a meeting run. `at` is the sender's clock (epoch ms), `by` the sender's person id. */
export type MeetingActionBody =
  | { type: 'agenda.load'; goal: string; items: RunItem[] }
  | { type: 'join'; person: Person }
  | { type: 'preread.mark'; read: boolean }
  | { type: 'meeting.start' }
  | { type: 'item.next' }
  | { type: 'item.prev' }
  | { type: 'item.goto'; index: number }
  | { type: 'item.pause' }
  | { type: 'item.resume' }
  | { type: 'item.extend'; minutes: number }
  | { type: 'speaker.start'; name?: string; limitMs?: number }
  | { type: 'speaker.stop' }
  | { type: 'park.add'; id: string; text: string }
  | { type: 'park.remove'; id: string }
  | { type: 'decision.add'; id: string; text: string }
  | { type: 'decision.remove'; id: string }
  | { type: 'action.add'; id: string }
  | {
      type: 'action.update';
      id: string;
      patch: Partial<Pick<ActionDraft, 'owner' | 'content' | 'acceptance' | 'due'>>;
    }
  | { type: 'action.remove'; id: string }
  | { type: 'meeting.close' }
  | { type: 'meeting.reopen' }
  | { type: 'goal.assess'; verdict: GoalVerdict; why: string }
  | { type: 'feedback.give'; feedback: Feedback }
  | { type: 'meeting.finish' }
  | { type: 'minutes.drafted' }
  | { type: 'minutes.sent'; final: boolean }
  | { type: 'actions.synced'; ids: string[] };

export type MeetingAction = MeetingActionBody & { at: number; by: string };

/** Actions that move the shared clock or the meeting's phase: only the organizer and presenters send them. */
export const CONTROL_ACTIONS: ReadonlySet<MeetingActionBody['type']> = new Set([
  'agenda.load',
  'meeting.start',
  'item.next',
  'item.prev',
  'item.goto',
  'item.pause',
  'item.resume',
  'item.extend',
  'speaker.start',
  'speaker.stop',
  'meeting.close',
  'meeting.reopen',
  'meeting.finish',
]);

export function isControlAction(a: Pick<MeetingActionBody, 'type'>): boolean {
  return CONTROL_ACTIONS.has(a.type);
}
