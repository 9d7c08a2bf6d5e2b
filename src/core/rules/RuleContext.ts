import type { AgendaItem } from '../agenda/AgendaItem';
import type { GoalInfo } from '../agenda/findGoal';
import type { MeetingType } from '../agenda/findMeetingType';
import type { Finding } from '../model/Finding';
import type { Invite } from '../model/Invite';
import type { Lang } from '../model/Lang';
import type { Policy } from '../model/Policy';
import type { Weekday } from '../model/Weekday';
import type { LocalTime } from '../time/toLocal';

/**
 * One local day's piece of the meeting, `[start, end)` in minutes after local midnight (end ≤ 1440).
 * A single meeting has a piece per local day it touches; a series has one per weekday of its pattern.
 */
export interface DayPiece {
  weekday: Weekday;
  /** The local date, for a single meeting; absent for the weekdays of a series. */
  date?: string;
  start: number;
  end: number;
}

/** Everything a rule may look at, computed once by evaluate. */
export interface RuleContext {
  invite: Invite;
  policy: Policy;
  now: Date;
  lang: Lang;
  /** The meeting-local zone the rules judge in. */
  zone: string;
  local: { start: LocalTime; end: LocalTime };
  /** Whole minutes between start and end (0 when end is not after start). */
  durationMinutes: number;
  pieces: DayPiece[];
  people: number;
  /** Subject and body text, full-width punctuation folded to ASCII. */
  text: string;
  agenda: AgendaItem[];
  goal: GoalInfo | null;
  meetingType: MeetingType | null;
}

/** What a rule reports; evaluate adds the severity the policy gives the rule. */
export type RuleFinding = Omit<Finding, 'severity'>;
export type Rule = (ctx: RuleContext) => RuleFinding[];
