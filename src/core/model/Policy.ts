import type { RuleId, Severity } from './Finding';
import type { Weekday } from './Weekday';

export interface BlockedSlot {
  day: Weekday;
  /** HH:MM, meeting-local. */
  start: string;
  /** HH:MM; 24:00 is the end of the day. */
  end: string;
  label?: string;
}

/** The rulebook's policy with every default filled in. */
export interface Policy {
  timeZone: string;
  blockedSlots: BlockedSlot[];
  minNoticeWorkingDays: number;
  /** YYYY-MM-DD local dates. */
  holidays: string[];
  extraWorkdays: string[];
  maxAttendees: number;
  groupMeetingMinPeople: number;
  standardDurations: number[];
  breakAfterMinutes: number;
  rules: Partial<Record<RuleId, Severity | 'off'>>;
}

export const DEFAULT_POLICY: Policy = {
  timeZone: 'UTC',
  blockedSlots: [
    { day: 'monday', start: '00:00', end: '12:00', label: 'Monday morning' },
    { day: 'friday', start: '12:00', end: '24:00', label: 'Friday afternoon' },
  ],
  minNoticeWorkingDays: 3,
  holidays: [],
  extraWorkdays: [],
  maxAttendees: 10,
  groupMeetingMinPeople: 3,
  standardDurations: [30, 60, 90],
  breakAfterMinutes: 60,
  rules: {},
};
