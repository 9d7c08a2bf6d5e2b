import type { PlanChoice } from '../../core/meeting/planChoice';

/**
 * The meeting tab's content URL with the picked plan in it (`?plan=&group=`): what every attendee's tab
 * loads, so the plan reaches attendees too (the meeting record lives in the organizer's mailbox only).
 */
export function tabContentUrl(page: string, choice: PlanChoice | undefined): string {
  const url = new URL(page);
  url.searchParams.delete('plan');
  url.searchParams.delete('group');
  if (choice) {
    url.searchParams.set('plan', choice.planId);
    if (choice.groupId) url.searchParams.set('group', choice.groupId);
  }
  return url.href;
}

/** The plan a saved content URL names, if any. */
export function planFromContentUrl(contentUrl: string | undefined): { planId?: string; groupId?: string } {
  if (!contentUrl) return {};
  try {
    const q = new URL(contentUrl).searchParams;
    const planId = q.get('plan') ?? undefined;
    const groupId = q.get('group') ?? undefined;
    return { ...(planId ? { planId } : {}), ...(groupId ? { groupId } : {}) };
  } catch {
    return {};
  }
}

/** The tab's entity id: stable per plan, so Teams can tell two Meeting Guard tabs of one meeting apart. */
export const tabEntityId = (choice: PlanChoice | undefined): string =>
  choice ? `meetingguard-${choice.planId}` : 'meetingguard';
