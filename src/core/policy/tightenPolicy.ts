import { DEFAULT_SEVERITY, RULE_IDS, type RuleId, type Severity } from '../model/Finding';
import type { BlockedSlot, Policy } from '../model/Policy';

const RANK: Record<Severity | 'off', number> = { off: 0, info: 1, warn: 2, block: 3 };

/**
 * The organization's policy with a user's additions, never looser than the organization's:
 * the user may add blocked slots and holidays, raise the notice, lower the attendee cap, the
 * group-meeting threshold and the break limit, drop standard durations, and raise rule severities.
 * A user value that would loosen is ignored. The time zone is the user's when given (their mailbox
 * zone), since it says where "Monday morning" is, not how strict the rules are.
 */
export function tightenPolicy(org: Policy, user: Partial<Policy>): Policy {
  const slots: BlockedSlot[] = [...org.blockedSlots];
  for (const s of user.blockedSlots ?? []) {
    if (!slots.some((o) => o.day === s.day && o.start === s.start && o.end === s.end)) slots.push(s);
  }
  const rules: Partial<Record<RuleId, Severity | 'off'>> = { ...org.rules };
  for (const id of RULE_IDS) {
    const wanted = user.rules?.[id];
    if (wanted === undefined) continue;
    const current = org.rules[id] ?? DEFAULT_SEVERITY[id];
    if (RANK[wanted] > RANK[current]) rules[id] = wanted;
  }
  const userDurations = user.standardDurations;
  return {
    timeZone: user.timeZone ?? org.timeZone,
    blockedSlots: slots,
    minNoticeWorkingDays: Math.max(org.minNoticeWorkingDays, user.minNoticeWorkingDays ?? 0),
    holidays: [...new Set([...org.holidays, ...(user.holidays ?? [])])],
    // Make-up days make more days count as working days: only the organization may declare them.
    extraWorkdays: [...org.extraWorkdays],
    maxAttendees: Math.min(org.maxAttendees, user.maxAttendees ?? Infinity),
    groupMeetingMinPeople: Math.min(org.groupMeetingMinPeople, user.groupMeetingMinPeople ?? Infinity),
    standardDurations: userDurations ? org.standardDurations.filter((d) => userDurations.includes(d)) : [...org.standardDurations],
    breakAfterMinutes: Math.min(org.breakAfterMinutes, user.breakAfterMinutes ?? Infinity),
    rules,
  };
}
