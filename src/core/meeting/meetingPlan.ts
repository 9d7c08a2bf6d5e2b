import type { AppError } from '../errors/AppError';
import { err, ok, type Result } from '../model/Result';
import type { CalendarEvent, CalendarPort, MeetingRecord } from '../ports/CalendarPort';
import type { PlanGroup, PlanPickerPort } from '../ports/PlanPickerPort';
import { choosePlan, planHomeId, withPlanChoice, type ChosenPlan, type PlanChoice } from './planChoice';

export interface PlanOption {
  planId: string;
  title: string;
  groupId: string;
  groupName?: string;
}

export interface PlanOptions {
  groups: PlanGroup[];
  plans: PlanOption[];
}

/** A group whose plans we may not list (a limited-information membership, a group without Planner). */
const skippable = (e: AppError) => e.kind === 'forbidden' || e.kind === 'not-found';

/**
 * Every plan the signed-in user can pick: the plans of each Microsoft 365 group they belong to
 * (`/me/memberOf` → `/groups/{id}/planner/plans`), sorted by group then title. A group that refuses the
 * listing is left out (and not offered for a new plan); any other failure fails the whole list.
 */
export async function listPlanOptions(port: PlanPickerPort): Promise<Result<PlanOptions, AppError>> {
  const groups = await port.listMyGroups();
  if (!groups.ok) return groups;
  const listed = await Promise.all(
    groups.value.map(async (g) => ({ g, r: await port.listPlans({ groupId: g.id }) })),
  );
  const usable: PlanGroup[] = [];
  const plans: PlanOption[] = [];
  for (const { g, r } of listed) {
    if (!r.ok) {
      if (skippable(r.error)) continue;
      return err(r.error);
    }
    usable.push(g);
    for (const p of r.value)
      plans.push({
        planId: p.id,
        title: p.title,
        groupId: g.id,
        ...(g.displayName ? { groupName: g.displayName } : {}),
      });
  }
  const by = (a?: string, b?: string) => (a ?? '').localeCompare(b ?? '');
  plans.sort((a, b) => by(a.groupName, b.groupName) || by(a.title, b.title));
  usable.sort((a, b) => by(a.displayName, b.displayName));
  return ok({ groups: usable, plans });
}

/**
 * The plan of a meeting as its tab opens: the event's own record, else (an occurrence) the series
 * master's, else what the tab's saved URL says.
 */
export async function loadMeetingPlan(
  calendar: Pick<CalendarPort, 'getEvent'>,
  found: { event: CalendarEvent; record: MeetingRecord | null } | undefined,
  tab: { planId?: string | null; groupId?: string | null },
): Promise<ChosenPlan> {
  if (!found) return choosePlan({ tab });
  const home = planHomeId(found.event);
  let series: MeetingRecord | null = null;
  if (home !== found.event.id) {
    const master = await calendar.getEvent(home);
    series = master.ok ? master.value.record : null;
  }
  return choosePlan({ event: found.record, series, tab });
}

/**
 * Stores the choice in the meeting record on the event that owns it (the series master for an
 * occurrence), keeping whatever else the record holds. Only the organizer's copy matters: open extensions
 * are per mailbox, so an attendee's write would reach nobody.
 */
export async function savePlanChoice(
  calendar: Pick<CalendarPort, 'getEvent' | 'writeRecord'>,
  event: CalendarEvent,
  choice: PlanChoice,
): Promise<Result<{ eventId: string }, AppError>> {
  if (event.raw.isOrganizer === false) return err({ kind: 'forbidden', code: 'not-organizer' });
  const home = planHomeId(event);
  const current = await calendar.getEvent(home);
  if (!current.ok) return current;
  const written = await calendar.writeRecord(home, withPlanChoice(current.value.record, choice));
  return written.ok ? ok({ eventId: home }) : written;
}
