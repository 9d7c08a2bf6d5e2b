import { taskState } from '../followup/taskState';
import type { Lang } from '../model/Lang';
import type { Policy } from '../model/Policy';
import { isWorkingDay } from '../rules/isWorkingDay';
import { inWindow, localDate, localDayWindow, shiftWorkingDays, type Window } from './localWindow';
import { intentKey, type IntentKind, type ServiceIntent } from './ServiceIntent';
import type { ServicePolicy, ServiceTask, WatchedPerson } from './ServiceModel';
import { shortList, ts } from './serviceText';

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

function reminder(
  kind: IntentKind,
  item: string,
  day: string,
  to: Recipient,
  w: Window,
  title: string,
  text: string,
  sp: ServicePolicy,
): ServiceIntent {
  return {
    key: intentKey(kind, item, day),
    kind,
    recipientId: to.id,
    window: w,
    scope: { kind: 'user', userId: to.id },
    priority: kind !== 'due-soon',
    title,
    text,
    link: sp.appUrl,
  };
}

/**
 * Action-item reminders, each on the recipient's own working days and clock: due soon (N working days
 * before), overdue (first working day after), escalated to the organizer (M working days after).
 * Only intents whose window contains `now` are returned: the runner asks again as the clock moves.
 */
export function taskReminders(
  tasks: readonly ServiceTask[],
  people: ReadonlyMap<string, WatchedPerson>,
  policy: Policy,
  sp: ServicePolicy,
  now: Date,
): ServiceIntent[] {
  const out: ServiceIntent[] = [];
  for (const task of tasks) {
    if (!open(task) || !task.dueDateTime || Number.isNaN(Date.parse(task.dueDateTime))) continue;
    for (const ownerId of task.assigneeIds) {
      const owner = recipientOf(people, ownerId, policy);
      const due = localDate(task.dueDateTime, owner.timeZone);
      const soonDay = shiftWorkingDays(policy, due, -sp.dueSoonWorkingDays);
      const soon = localDayWindow(soonDay, sp.morningAt, '24:00', owner.timeZone);
      if (inWindow(soon, now) && taskState(task, now, owner.timeZone) !== 'overdue') {
        const p = { title: task.title, date: due };
        out.push(
          reminder(
            'due-soon',
            `${task.id}/${ownerId}`,
            soonDay,
            owner,
            soon,
            ts(owner.lang, 'dueSoon.title', p),
            ts(owner.lang, 'dueSoon.text', p),
            sp,
          ),
        );
      }
      const lateDay = shiftWorkingDays(policy, due, 1);
      const late = localDayWindow(lateDay, sp.morningAt, '24:00', owner.timeZone);
      if (inWindow(late, now)) {
        const p = { title: task.title, date: due };
        out.push(
          reminder(
            'overdue',
            `${task.id}/${ownerId}`,
            lateDay,
            owner,
            late,
            ts(owner.lang, 'overdue.title', p),
            ts(owner.lang, 'overdue.text', p),
            sp,
          ),
        );
      }
    }
    if (task.createdById) {
      const org = recipientOf(people, task.createdById, policy);
      const due = localDate(task.dueDateTime, org.timeZone);
      const day = shiftWorkingDays(policy, due, sp.escalateAfterWorkingDays);
      const w = localDayWindow(day, sp.morningAt, '24:00', org.timeZone);
      if (inWindow(w, now)) {
        const owners = task.assigneeIds.map((id) => recipientOf(people, id, policy).name).join(', ') || '—';
        const p = { title: task.title, date: due, days: sp.escalateAfterWorkingDays, owner: owners };
        out.push(
          reminder(
            'escalation',
            task.id,
            day,
            org,
            w,
            ts(org.lang, 'escalation.title', p),
            ts(org.lang, 'escalation.text', p),
            sp,
          ),
        );
      }
    }
  }
  return out;
}

/** One 17:00 "update your items" message per owner and working day, listing all their open items. */
export function dailyUpdates(
  tasks: readonly ServiceTask[],
  people: ReadonlyMap<string, WatchedPerson>,
  policy: Policy,
  sp: ServicePolicy,
  now: Date,
): ServiceIntent[] {
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
    const w = localDayWindow(today, sp.dailyUpdateAt, '24:00', owner.timeZone);
    if (!inWindow(w, now)) continue;
    const titles = [...list]
      .sort(
        (a, b) =>
          (a.dueDateTime ?? '\uffff').localeCompare(b.dueDateTime ?? '\uffff') || a.id.localeCompare(b.id),
      )
      .map((t) => t.title);
    out.push(
      reminder(
        'daily-update',
        ownerId,
        today,
        owner,
        w,
        ts(owner.lang, 'daily.title', { count: list.length }),
        ts(owner.lang, 'daily.text', { list: shortList(owner.lang, titles, 8) }),
        sp,
      ),
    );
  }
  return out;
}

/** How long after a decline telling the organizer still helps (then the follow-up tab shows it anyway). */
const DECLINE_WINDOW_MS = 7 * 86_400_000;

/** A declined action item goes back to its organizer, once per decline. */
export function declinedItems(
  tasks: readonly ServiceTask[],
  people: ReadonlyMap<string, WatchedPerson>,
  policy: Policy,
  sp: ServicePolicy,
  now: Date,
): ServiceIntent[] {
  const out: ServiceIntent[] = [];
  for (const t of tasks) {
    const d = t.declined;
    if (!d || !t.createdById || !open(t) || Number.isNaN(Date.parse(d.at))) continue;
    const w = {
      start: new Date(Date.parse(d.at)).toISOString(),
      end: new Date(Date.parse(d.at) + DECLINE_WINDOW_MS).toISOString(),
    };
    if (!inWindow(w, now)) continue;
    const org = recipientOf(people, t.createdById, policy);
    const p = {
      owner: recipientOf(people, d.by, policy).name,
      title: t.title,
      reason: d.reason || ts(org.lang, 'declined.noReason'),
    };
    out.push({
      key: intentKey('declined', `${t.id}/${d.by}`, d.at),
      kind: 'declined',
      recipientId: org.id,
      window: w,
      scope: { kind: 'user', userId: org.id },
      priority: true,
      title: ts(org.lang, 'declined.title', p),
      text: ts(org.lang, 'declined.text', p),
      link: `${sp.appUrl}?task=${encodeURIComponent(t.id)}`,
    });
  }
  return out;
}
