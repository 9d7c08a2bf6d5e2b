import type { AgendaItem } from '../agenda/AgendaItem';
import { findGoal, type GoalInfo } from '../agenda/findGoal';
import { findMeetingType, type MeetingType } from '../agenda/findMeetingType';
import { parseAgenda } from '../agenda/parseAgenda';
import type { Invite } from '../model/Invite';
import type { Lang } from '../model/Lang';
import type { Policy } from '../model/Policy';
import { normalizeText } from '../text/normalizeText';
import { zoneLabel } from '../time/definedZone';
import { resolveZone, usableZone } from '../time/resolveZone';
import { toLocal, type LocalTime } from '../time/toLocal';
import { countPeople } from './countPeople';
import { dayPieces } from './dayPieces';
import type { RuleContext } from './RuleContext';

export interface BuiltContext {
  /** Null when the invite is not judged: all-day, cancelled, or without a usable start and end. */
  ctx: RuleContext | null;
  people: number;
  local: { start: LocalTime; end: LocalTime; timeZone: string };
  agenda: AgendaItem[];
  goal: GoalInfo | null;
  meetingType: MeetingType | null;
}

const EPOCH: LocalTime = { date: '1970-01-01', time: '00:00', weekday: 'thursday', minuteOfDay: 0 };
// Years the zone database and YYYY-MM-DD both cover; outside them an invite is not a real meeting.
const MIN_MS = Date.UTC(1900, 0, 1);
const MAX_MS = Date.UTC(9999, 0, 1);

function localOrNull(instant: unknown, zone: string): LocalTime | null {
  if (typeof instant !== 'string') return null;
  const ms = Date.parse(instant);
  if (Number.isNaN(ms) || ms < MIN_MS || ms > MAX_MS) return null;
  try {
    return toLocal(instant, zone);
  } catch {
    return null;
  }
}

/** Everything the rules look at, computed once; tolerant of any shape of invite (never throws). */
export function buildContext(invite: Invite, policy: Policy, now: Date, lang: Lang): BuiltContext {
  const zone =
    usableZone(String(invite.timeZone ?? '')) ?? resolveZone(String(policy.timeZone ?? '')) ?? 'UTC';
  const body = typeof invite.body?.text === 'string' ? invite.body.text : '';
  const subject = typeof invite.subject === 'string' ? invite.subject : '';
  const agenda = parseAgenda(body);
  const goal = findGoal(body);
  const meetingType = findMeetingType(`${subject}\n${body}`);
  const people = countPeople(invite);
  const start = localOrNull(invite.start, zone);
  const endRaw = localOrNull(invite.end, zone);
  const base = { people, agenda, goal, meetingType };
  if (!start || !endRaw || invite.isAllDay === true || invite.isCancelled === true) {
    return {
      ctx: null,
      local: { start: start ?? EPOCH, end: endRaw ?? start ?? EPOCH, timeZone: zoneLabel(zone) },
      ...base,
    };
  }
  const durationMs = Date.parse(invite.end) - Date.parse(invite.start);
  // An end before the start is read as a zero-length meeting rather than a negative one.
  const end = durationMs > 0 ? endRaw : start;
  const durationMinutes = Math.max(0, Math.round(durationMs / 60_000));
  const ctx: RuleContext = {
    invite,
    policy,
    now,
    lang,
    zone,
    local: { start, end },
    durationMinutes,
    pieces: dayPieces(
      start,
      end,
      durationMinutes,
      Array.isArray(invite.recurrence?.daysOfWeek) ? invite.recurrence.daysOfWeek : undefined,
    ),
    people,
    text: normalizeText(`${subject}\n${body}`),
    agenda,
    goal,
    meetingType,
  };
  return { ctx, local: { start, end, timeZone: zoneLabel(zone) }, ...base };
}
