import { DEFAULT_POLICY, type BlockedSlot, type Policy } from '../model/Policy';
import { err, ok, type Result } from '../model/Result';
import { resolveZone } from '../time/resolveZone';
import { IDENTIFIER_RE } from './policyPatterns';
import { HHMM_MESSAGE, normalizeHHMM, policySchema } from './policySchema';

export { DEFAULT_POLICY };

/** `['blockedSlots', 1, 'end']` → `blockedSlots[1].end`; `['rules', 'goal.vague']` → `rules["goal.vague"]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER_RE.test(String(key))) out += out === '' ? String(key) : `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? 'policy' : out;
}

interface Issue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  keys?: string[];
}

function describe(issue: Issue): string {
  if (issue.code === 'unrecognized_keys' && issue.keys && issue.keys.length > 0) {
    const inRules = issue.path.length === 1 && issue.path[0] === 'rules';
    return issue.keys.map((k) => `${formatPath([...issue.path, k])}: ${inRules ? 'unknown rule id' : 'unknown field'}`).join('; ');
  }
  if (issue.path.length === 0 && issue.code === 'invalid_type') return 'policy: expected a JSON object';
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/**
 * The rulebook's policy JSON → a Policy with every default filled in. Unknown fields (also inside
 * blocked slots, and `rules` keys that are not rule ids) and bad values are errors whose message names
 * the field path, e.g. `blockedSlots[1].end: expected HH:MM (00:00–24:00)`. Never throws.
 */
export function parsePolicy(json: unknown): Result<Policy, { message: string }> {
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0] as Issue | undefined;
    return err({ message: first ? describe(first) : 'policy: invalid' });
  }
  const p = parsed.data;
  const slots: BlockedSlot[] = [];
  for (const [i, s] of (p.blockedSlots ?? DEFAULT_POLICY.blockedSlots).entries()) {
    const start = normalizeHHMM(s.start);
    const end = normalizeHHMM(s.end);
    if (start === null || end === null) return err({ message: `blockedSlots[${i}].${start === null ? 'start' : 'end'}: ${HHMM_MESSAGE}` });
    // A slot is one day's half-open interval; a slot across midnight is written as two slots.
    if (end <= start) return err({ message: `blockedSlots[${i}].end: must be after start (${start})` });
    slots.push({ day: s.day, start, end, ...(s.label === undefined ? {} : { label: s.label }) });
  }
  return ok({
    timeZone: p.timeZone === undefined ? DEFAULT_POLICY.timeZone : (resolveZone(p.timeZone) ?? DEFAULT_POLICY.timeZone),
    blockedSlots: slots,
    minNoticeWorkingDays: p.minNoticeWorkingDays ?? DEFAULT_POLICY.minNoticeWorkingDays,
    holidays: [...(p.holidays ?? DEFAULT_POLICY.holidays)],
    extraWorkdays: [...(p.extraWorkdays ?? DEFAULT_POLICY.extraWorkdays)],
    maxAttendees: p.maxAttendees ?? DEFAULT_POLICY.maxAttendees,
    groupMeetingMinPeople: p.groupMeetingMinPeople ?? DEFAULT_POLICY.groupMeetingMinPeople,
    standardDurations: [...(p.standardDurations ?? DEFAULT_POLICY.standardDurations)],
    breakAfterMinutes: p.breakAfterMinutes ?? DEFAULT_POLICY.breakAfterMinutes,
    rules: { ...(p.rules ?? {}) },
  });
}
