import { readTabConfig, updateTabContent } from '../../adapters/teams/configureTab';
import type { LoadedMeeting } from '../../core/meeting/loadMeetingEvent';
import { listPlanOptions, loadMeetingPlan, savePlanChoice } from '../../core/meeting/meetingPlan';
import type { PlanChoice } from '../../core/meeting/planChoice';
import { ok } from '../../core/model/Result';
import type { CalendarPort } from '../../core/ports/CalendarPort';
import type { PlanPickerPort } from '../../core/ports/PlanPickerPort';
import type { SyncTarget } from '../../core/sync/OutboxEntry';
import type { MeetingDestination } from '../../ui/meeting/MeetingServices';
import { tabContentUrl, tabEntityId } from '../shared/tabContentUrl';

/**
 * Where this meeting's action items go, set on the sync target: the plan in the meeting record (or its
 * series'), else the tab's `?plan=&group=`. The organizer may pick or create one from the meeting app
 * (before the meeting ends, not after a failed sync): it goes into the record and, best effort, into the
 * tab's content URL so attendees' tabs carry it after a reload.
 */
export async function meetingDestination(
  ports: { calendar: CalendarPort; plans: PlanPickerPort },
  found: LoadedMeeting | undefined,
  query: URLSearchParams,
  target: SyncTarget,
  isOrganizer: boolean,
): Promise<MeetingDestination> {
  const chosen = await loadMeetingPlan(ports.calendar, found, {
    planId: query.get('plan'),
    groupId: query.get('group'),
  });
  const apply = (c: { planId?: string; groupId?: string }) => {
    delete target.planId;
    delete target.groupId;
    if (c.planId) target.planId = c.planId;
    if (c.groupId) target.groupId = c.groupId;
  };
  apply(chosen);
  const { source: _s, ...plan } = chosen;
  const dest: MeetingDestination = plan.planId || plan.groupId ? { plan } : {};
  if (!isOrganizer || found?.event.raw.isOrganizer === false) return dest;
  dest.picker = {
    load: () => listPlanOptions(ports.plans),
    create: async (groupId, title) => {
      const r = await ports.plans.createPlan(groupId, title);
      return r.ok ? ok({ planId: r.value.id, title: r.value.title, groupId }) : r;
    },
  };
  dest.choose = async (c: PlanChoice) => {
    if (found) {
      const saved = await savePlanChoice(ports.calendar, found.event, c);
      if (!saved.ok) return saved;
    }
    apply(c);
    dest.plan = c;
    const current = await readTabConfig();
    if (current?.contentUrl)
      await updateTabContent({
        contentUrl: tabContentUrl(current.contentUrl, c),
        entityId: tabEntityId(c),
        suggestedDisplayName: current.suggestedDisplayName ?? 'Meeting Guard',
      });
    return ok(undefined);
  };
  return dest;
}
