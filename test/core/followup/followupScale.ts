import type { EmulatorStore } from '../../../src/emulator/EmulatorStore';
import type { TaskRec } from '../../../src/emulator/EmuState';
import { eventRecord } from '../../contract/eventRecord';
import { MEETING_EXTENSION_NAME } from '../../../src/core/ports/CalendarPort';

export interface ScaleSeed {
  meetings: number;
  tasksPerMeeting: number;
  /** Plans (one group each) the tasks are spread over. */
  plans: number;
  now: Date;
}

const BODY =
  'Goal: Decide the quarter plan\nAgenda\n1. Status (Li, 10 min, output: list)\n2. Risks (Han, 20 min, output: decision)\nPre-reads: none';

/**
 * A quarter at scale in the emulator's store, written directly (seeding through the API would time the
 * seed, not the load): `meetings` meetings of the signed-in organizer over the last 150 days, each with a
 * Meeting Guard record linking its `tasksPerMeeting` Planner tasks, the tasks spread over `plans` plans
 * of groups the organizer is in. Returns the ids the tests look at.
 */
export function seedFollowupScale(store: EmulatorStore, seed: ScaleSeed) {
  const s = store.state;
  const me = s.users.find((u) => u.id === s.defaultUserId)!;
  const others = s.users.filter((u) => u.id !== me.id).slice(0, 4);
  const planIds: string[] = [];
  for (let p = 0; p < seed.plans; p += 1) {
    const groupId = `scale-group-${p}`;
    s.groups.push({
      id: groupId,
      displayName: `Scale ${p}`,
      description: '',
      mail: `scale${p}@contoso.com`,
      mailNickname: `scale${p}`,
      visibility: 'Private',
      groupTypes: ['Unified'],
      memberIds: [me.id, ...others.map((o) => o.id)],
      createdDateTime: seed.now.toISOString(),
    });
    const planId = `scalePlan${String(p).padStart(19, '0')}`;
    s.plans.push({
      id: planId,
      title: `Scale plan ${p}`,
      owner: groupId,
      createdBy: { user: { id: me.id } },
      createdDateTime: seed.now.toISOString(),
      etag: store.nextEtag('Plan'),
    });
    planIds.push(planId);
  }
  const eventIds: string[] = [];
  const taskIds: string[] = [];
  for (let m = 0; m < seed.meetings; m += 1) {
    const start = new Date(seed.now.getTime() - (1 + (m * 150) / seed.meetings) * 86_400_000);
    const id = `AAMkScale${m}`;
    const actions = [];
    for (let t = 0; t < seed.tasksPerMeeting; t += 1) {
      const owner = others[(m + t) % others.length]!;
      const taskId = `scaleTask-${m}-${t}`;
      const due = new Date(start.getTime() + (7 + t) * 86_400_000).toISOString();
      const task: TaskRec = {
        id: taskId,
        planId: planIds[(m * seed.tasksPerMeeting + t) % planIds.length]!,
        bucketId: null,
        title: `Action ${t + 1} of meeting ${m + 1}`,
        orderHint: ' !',
        assigneePriority: '',
        percentComplete: t % 3 === 0 ? 100 : 0,
        priority: 5,
        startDateTime: null,
        dueDateTime: due,
        createdDateTime: start.toISOString(),
        completedDateTime: t % 3 === 0 ? due : null,
        completedBy: null,
        createdBy: { user: { id: me.id } },
        appliedCategories: {},
        assignments: { [owner.id]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
        conversationThreadId: null,
        previewType: 'automatic',
        etag: store.nextEtag('Task'),
      };
      s.tasks.push(task);
      s.taskDetails[taskId] = {
        id: taskId,
        description: '',
        previewType: 'automatic',
        checklist: {},
        references: {},
        etag: store.nextEtag('TaskDetails'),
      };
      taskIds.push(taskId);
      actions.push({
        key: `${id}:a${t}`,
        content: task.title,
        owner: owner.mail,
        acceptance: '',
        due: due.slice(0, 10),
        taskId,
      });
    }
    const record = {
      outcomes: {
        version: 1,
        goal: 'Decide',
        goalMet: { verdict: m % 2 ? 'yes' : 'partly', why: '' },
        decisions: [],
        actions,
        parkingLot: [`Point ${m}`],
        attendance: [],
      },
    };
    const ev = eventRecord(
      {
        organizer: me,
        attendees: others,
        subject: `Weekly sync ${m + 1}`,
        startUtc: start.toISOString(),
        endUtc: new Date(start.getTime() + 3_600_000).toISOString(),
        response: 'none',
      },
      {
        id,
        createdDateTime: start.toISOString(),
        lastModifiedDateTime: start.toISOString(),
        changeKey: `scaleChangeKey${m}`,
        iCalUId: `scale-${m}`,
        body: { contentType: 'text', content: BODY },
        originalStartTimeZone: 'China Standard Time',
        originalEndTimeZone: 'China Standard Time',
        location: { displayName: 'Room 301', locationType: 'default' },
        extensions: {
          [me.id]: [{ extensionName: MEETING_EXTENSION_NAME, data: { payload: JSON.stringify(record) } }],
        },
      },
    );
    s.events.push(ev);
    eventIds.push(id);
  }
  return { me, others, planIds, eventIds, taskIds };
}
