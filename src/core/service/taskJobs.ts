import { byDue } from '../followup/standupView';
import { taskState } from '../followup/taskState';
import type { Lang } from '../model/Lang';
import type { Policy } from '../model/Policy';
import { isWorkingDay } from '../rules/isWorkingDay';
import { inWindow, localDate, localDayWindow, shiftWorkingDays } from './localWindow';
import { makeIntent, type ServiceIntent } from './ServiceIntent';
import type { JobContext, ServiceTask, WatchedPerson } from './ServiceModel';
import { shortList, texts, ts } from './serviceText';

export interface Recipient {
  id: string;
  timeZone: string;
  lang: Lang;
  name: string;
}

export function recipientOf(
  people: ReadonlyMap<string, WatchedPerson>,
  id: string,
  policy: Policy,
): Recipient {
  const p = people.get(id);
  return p
    ? { id, timeZone: p.timeZone, lang: p.lang, name: p.displayName || p.mail }
    : { id, timeZone: policy.timeZone, lang: 'en-US', name: id };
}

const open = (t: ServiceTask) => t.percentComplete < 100;

/**
 * Action-item reminders, each on the recipient's own working days and clock: due soon (N working days
 * before), overdue (first working day after), escalated to the organizer (M working days after).
 * Only intents whose window contains `now` are returned: the runner asks again as the clock moves.
 */
export function taskReminders(tasks: readonly ServiceTask[], ctx: JobContext): ServiceIntent[] {
  const { people, policy, sp, now } = ctx;
  const out: ServiceIntent[] = [];
  for (const task of tasks) {
    if (!open(task) || !task.dueDateTime || Number.isNaN(Date.parse(task.dueDateTime))) continue;
    const steps = [
      ...task.assigneeIds.map((id) => ({
        kind: 'due-soon' as const,
        to: id,
        shift: -sp.dueSoonWorkingDays,
        item: `${task.id}/${id}`,
      })),
      ...task.assigneeIds.map((id) => ({
        kind: 'overdue' as const,
        to: id,
        shift: 1,
        item: `${task.id}/${id}`,
      })),
      ...(task.createdById
        ? [
            {
              kind: 'escalation' as const,
              to: task.createdById,
              shift: sp.escalateAfterWorkingDays,
              item: task.id,
            },
          ]
        : []),
    ];
    for (const step of steps) {
      const to = recipientOf(people, step.to, policy);
      const due = localDate(task.dueDateTime, to.timeZone);
      const day = shiftWorkingDays(policy, due, step.shift);
      const window = localDayWindow(day, sp.morningAt, '24:00', to.timeZone);
      if (
        !inWindow(window, now) ||
        (step.kind === 'due-soon' && taskState(task, now, to.timeZone) === 'overdue')
      )
        continue;
      const owners = task.assigneeIds.map((id) => recipientOf(people, id, policy).name).join(', ') || '—';
      const params = { title: task.title, date: due, days: sp.escalateAfterWorkingDays, owner: owners };
      const base = step.kind === 'due-soon' ? 'dueSoon' : step.kind;
      out.push(
        makeIntent({
          kind: step.kind,
          item: step.item,
          occasion: day,
          recipientId: to.id,
          window,
          priority: step.kind !== 'due-soon',
          ...texts(to.lang, base, params),
          link: sp.appUrl,
        }),
      );
    }
  }
  return out;
}

/** One 17:00 "update your items" message per owner and working day, listing all their open items. */
export function dailyUpdates(tasks: readonly ServiceTask[], ctx: JobContext): ServiceIntent[] {
  const { people, policy, sp, now } = ctx;
  const byOwner = new Map<string, ServiceTask[]>();
  for (const t of tasks) {
    if (!open(t)) continue;
    for (const id of t.assigneeIds) byOwner.set(id, [...(byOwner.get(id) ?? []), t]);
  }
  const out: ServiceIntent[] = [];
  for (const [ownerId, list] of [...byOwner].sort((a, b) => a[0].localeCompare(b[0]))) {
    const owner = recipientOf(people, ownerId, policy);
    const today = localDate(now.toISOString(), owner.timeZone);
    if (!isWorkingDay(policy, today)) continue;
    const window = localDayWindow(today, sp.dailyUpdateAt, '24:00', owner.timeZone);
    if (!inWindow(window, now)) continue;
    const titles = [...list].sort(byDue).map((t) => t.title);
    const params = { count: list.length, list: shortList(owner.lang, titles, 8) };
    out.push(
      makeIntent({
        kind: 'daily-update',
        item: ownerId,
        occasion: today,
        recipientId: owner.id,
        window,
        priority: false,
        ...texts(owner.lang, 'daily', params),
        link: sp.appUrl,
      }),
    );
  }
  return out;
}

/** How long after a decline telling the organizer still helps (then the follow-up tab shows it anyway). */
const DECLINE_WINDOW_MS = 7 * 86_400_000;

/** A declined action item goes back to its organizer, once per decline. */
export function declinedItems(tasks: readonly ServiceTask[], ctx: JobContext): ServiceIntent[] {
  const { people, policy, sp, now } = ctx;
  const out: ServiceIntent[] = [];
  for (const t of tasks) {
    const d = t.declined;
    if (!d || !t.createdById || !open(t) || Number.isNaN(Date.parse(d.at))) continue;
    const window = {
      start: new Date(Date.parse(d.at)).toISOString(),
      end: new Date(Date.parse(d.at) + DECLINE_WINDOW_MS).toISOString(),
    };
    if (!inWindow(window, now)) continue;
    const org = recipientOf(people, t.createdById, policy);
    const params = {
      owner: recipientOf(people, d.by, policy).name,
      title: t.title,
      reason: d.reason || ts(org.lang, 'declined.noReason'),
    };
    out.push(
      makeIntent({
        kind: 'declined',
        item: `${t.id}/${d.by}`,
        occasion: d.at,
        recipientId: org.id,
        window,
        priority: true,
        ...texts(org.lang, 'declined', params),
        link: `${sp.appUrl}?task=${encodeURIComponent(t.id)}`,
      }),
    );
  }
  return out;
}
