import type { BlockedSlot, Policy } from '../../core/model/Policy';
import { tightenPolicy } from '../../core/policy/tightenPolicy';
import { WEEKDAYS, type Weekday } from '../../core/model/Weekday';

/** What a user may add on top of the organization's policy: only ever stricter. */
export interface UserSettings {
  minNoticeWorkingDays?: number;
  extraBlockedSlots: BlockedSlot[];
}

export const USER_SETTINGS_KEY = 'meetingGuard.userPolicy';
export const EMPTY_SETTINGS: UserSettings = { extraBlockedSlots: [] };

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function isValidSlot(s: { day: string; start: string; end: string }): boolean {
  return (WEEKDAYS as readonly string[]).includes(s.day) && HHMM.test(s.start) && HHMM.test(s.end) && s.start < s.end;
}

/** Reads what roaming settings hold; anything malformed is dropped rather than trusted. */
export function parseUserSettings(raw: string | null): UserSettings {
  if (!raw) return EMPTY_SETTINGS;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return EMPTY_SETTINGS;
  }
  if (typeof data !== 'object' || data === null) return EMPTY_SETTINGS;
  const rec = data as Record<string, unknown>;
  const notice = rec.minNoticeWorkingDays;
  const slots = Array.isArray(rec.extraBlockedSlots) ? rec.extraBlockedSlots : [];
  return {
    ...(typeof notice === 'number' && Number.isInteger(notice) && notice >= 0 && notice <= 30 ? { minNoticeWorkingDays: notice } : {}),
    extraBlockedSlots: slots
      .filter((s): s is BlockedSlot => typeof s === 'object' && s !== null && isValidSlot(s as BlockedSlot))
      .map((s) => ({ day: s.day as Weekday, start: s.start, end: s.end })),
  };
}

export function isTightening(s: UserSettings, org: Policy): boolean {
  return s.extraBlockedSlots.length > 0 || (s.minNoticeWorkingDays ?? 0) > org.minNoticeWorkingDays;
}

/** The organization's policy made stricter by the user: more blocked slots, never less notice. */
export function applyUserSettings(org: Policy, s: UserSettings): Policy {
  return tightenPolicy(org, {
    blockedSlots: s.extraBlockedSlots,
    ...(s.minNoticeWorkingDays === undefined ? {} : { minNoticeWorkingDays: s.minNoticeWorkingDays }),
  });
}
