import type { Policy } from '../model/Policy';
import { auditJob } from './auditJob';
import { minutesReminders, quarterlyReviews, standupDigests } from './meetingJobs';
import type { ServiceIntent } from './ServiceIntent';
import type { ServiceEvent, ServicePolicy, ServiceSnapshot, WatchedPerson } from './ServiceModel';
import { dailyUpdates, declinedItems, taskReminders } from './taskJobs';

export const peopleMap = (people: readonly WatchedPerson[]) => new Map(people.map((p) => [p.id, p]));

function dedupe(intents: ServiceIntent[]): ServiceIntent[] {
  const seen = new Set<string>();
  return intents.filter((i) => !seen.has(i.key) && seen.add(i.key));
}

/** The clock jobs: reminders, the 17:00 update, minutes clock, stand-up digests, quarterly reviews. */
export function clockJobs(
  snapshot: ServiceSnapshot,
  policy: Policy,
  sp: ServicePolicy,
  now: Date,
): ServiceIntent[] {
  const ctx = { people: peopleMap(snapshot.people), policy, sp, now };
  return dedupe([
    ...taskReminders(snapshot.tasks, ctx),
    ...dailyUpdates(snapshot.tasks, ctx),
    ...declinedItems(snapshot.tasks, ctx),
    ...minutesReminders(snapshot.events, ctx),
    ...standupDigests(snapshot.events, snapshot.tasks, ctx),
    ...quarterlyReviews(snapshot.events, ctx),
  ]);
}

/**
 * Every job at `now`: pure `(Graph state, clock, policy) → intents`. `changed` are the events the
 * calendar delta reported this round (the audit); the snapshot feeds the clock jobs.
 */
export function serviceJobs(
  snapshot: ServiceSnapshot,
  changed: readonly ServiceEvent[],
  policy: Policy,
  sp: ServicePolicy,
  now: Date,
): ServiceIntent[] {
  return dedupe([
    ...auditJob(changed, { people: peopleMap(snapshot.people), policy, sp, now }),
    ...clockJobs(snapshot, policy, sp, now),
  ]);
}
