import { emptyState, type DetailsRec, type EmuState, type TaskRec } from '../EmuState';
import { EMU_APP_ID } from '../routes/plannerRender';
import { seedDirectory } from './seedDirectory';
import { seedMeetings } from './seedMeetings';
import { SEED_PEOPLE, seedPerson, toUserRec } from './seedPeople';
import { dayOffset, wallToUtc } from './seedTime';

/** Fixed ids so tests and the workbench can address the seeded groups, plans and buckets. */
export const SEED_IDS = {
  launchGroup: '0b7e3f58-6c1d-4a4e-8f0e-1a2b3c4d5e01',
  salesGroup: '0b7e3f58-6c1d-4a4e-8f0e-1a2b3c4d5e02',
  launchPlan: 'xqQg5FS2LkCp935s-FIFm2QAFkHM',
  salesPlan: 'yRrh6GT3MlDq046t-GJGn3RBGlIN',
  launchActions: 'hsOf2dhOJkqyYYZEtdzDe2QAIUCR',
  launchRnd: 'itPg3eiPKlrzZZaFuePEf3RBJVDS',
  launchMarketing: 'juQh4fjQLmsaAAbGvfQFg4SCKWET',
  salesActions: 'kvRi5gkRMntbBBcHwgRGh5TDLXFU',
  salesBacklog: 'lwSj6hlSNoucCCdIxhSHi6UEMYGV',
} as const;

const by = (userId: string) => ({ user: { displayName: null, id: userId }, application: { displayName: null, id: EMU_APP_ID } });

interface TaskSeed {
  id: string;
  plan: string;
  bucket: string;
  title: string;
  assignee: string;
  dueDays: number;
  percent: number;
  priority?: number;
  completedDaysAgo?: number;
  description?: string;
  checklist?: Array<[string, boolean]>;
}

/**
 * The sample tenant, with dates relative to `now` so the workbench always looks current: a zh launch
 * team and an en sales/ops team, each with a Planner plan (some tasks overdue, some done, some due this
 * week), meetings with agendas, and their online meeting chats.
 */
export function seedState(now: Date): EmuState {
  const s = emptyState();
  s.users = SEED_PEOPLE.map(toUserRec);
  const org = seedPerson('organizer');
  s.defaultUserId = org.id;
  const created = dayOffset(now, -30).toISOString();
  const member = (...keys: Parameters<typeof seedPerson>[0][]) => keys.map((k) => seedPerson(k).id);
  s.groups = [
    {
      id: SEED_IDS.launchGroup,
      displayName: 'Q3 新品发布项目组',
      description: '市场部、研发部、财务部协调 Q3 新品发布',
      mail: 'q3launch@contoso.com',
      mailNickname: 'q3launch',
      visibility: 'Private',
      groupTypes: ['Unified'],
      memberIds: member('organizer', 'zhangWei', 'liQiang', 'wangFang', 'liuYang', 'liWei', 'anna'),
      createdDateTime: created,
    },
    {
      id: SEED_IDS.salesGroup,
      displayName: 'Sales & Ops',
      description: 'Weekly pipeline and fulfilment sync',
      mail: 'salesops@contoso.com',
      mailNickname: 'salesops',
      visibility: 'Private',
      groupTypes: ['Unified'],
      memberIds: member('organizer', 'emily', 'james', 'priya', 'zhangWei', 'liWei', 'anna'),
      createdDateTime: created,
    },
  ];
  seedDirectory(s, created);
  let seq = 100;
  const etag = (kind: string) => {
    seq += 1;
    return `W/"${Buffer.from(`'${seq}-${kind}  @@@@@@@@@@@@@@@@${seq.toString(36)}'`).toString('base64')}"`;
  };
  s.plans = [
    { id: SEED_IDS.launchPlan, title: 'Q3 新品发布', owner: SEED_IDS.launchGroup, createdBy: by(org.id), createdDateTime: created, etag: etag('Plan') },
    { id: SEED_IDS.salesPlan, title: 'Sales & Ops follow-ups', owner: SEED_IDS.salesGroup, createdBy: by(org.id), createdDateTime: created, etag: etag('Plan') },
  ];
  s.buckets = [
    { id: SEED_IDS.launchActions, name: '会议行动项', planId: SEED_IDS.launchPlan, orderHint: '8585P!', etag: etag('Bucket') },
    { id: SEED_IDS.launchRnd, name: '研发', planId: SEED_IDS.launchPlan, orderHint: '8586P!', etag: etag('Bucket') },
    { id: SEED_IDS.launchMarketing, name: '市场', planId: SEED_IDS.launchPlan, orderHint: '8587P!', etag: etag('Bucket') },
    { id: SEED_IDS.salesActions, name: 'Meeting actions', planId: SEED_IDS.salesPlan, orderHint: '8585P!', etag: etag('Bucket') },
    { id: SEED_IDS.salesBacklog, name: 'Backlog', planId: SEED_IDS.salesPlan, orderHint: '8586P!', etag: etag('Bucket') },
  ];
  const L = SEED_IDS.launchPlan;
  const S = SEED_IDS.salesPlan;
  const tasks: TaskSeed[] = [
    { id: 'aT1k3Lq0xM2d8Rk5VbZ7Pn4Cw9Ea', plan: L, bucket: SEED_IDS.launchActions, title: '提交《需求优先级共识表》', assignee: 'organizer', dueDays: -3, percent: 50, priority: 3 },
    { id: 'bU2l4Mr1yN3e9Sl6WcA8Qo5Dx0Fb', plan: L, bucket: SEED_IDS.launchRnd, title: '输出《资源需求清单》', assignee: 'zhangWei', dueDays: 2, percent: 0, priority: 1 },
    {
      id: 'cV3m5Ns2zO4f0Tm7XdB9Rp6Ey1Gc', plan: L, bucket: SEED_IDS.launchRnd, title: '技术方案初稿(含架构与里程碑)', assignee: 'liQiang', dueDays: 5, percent: 50,
      description: '验收标准:通过内部评审。来源:Q3 新品发布需求评审会。',
      checklist: [['架构图', true], ['里程碑计划', false], ['风险清单', false]],
    },
    { id: 'dW4n6Ot3aP5g1Un8YeC0Sq7Fz2Hd', plan: L, bucket: SEED_IDS.launchActions, title: '预算复核', assignee: 'wangFang', dueDays: -2, percent: 100, completedDaysAgo: 2 },
    { id: 'eX5o7Pu4bQ6h2Vo9ZfD1Tr8Ga3Ie', plan: L, bucket: SEED_IDS.launchMarketing, title: '发布会宣传物料清单', assignee: 'liuYang', dueDays: 9, percent: 0, priority: 5 },
    { id: 'fY6p8Qv5cR7i3Wp0AgE2Us9Hb4Jf', plan: S, bucket: SEED_IDS.salesActions, title: 'Update the Q3 pipeline forecast', assignee: 'emily', dueDays: -1, percent: 50, priority: 3 },
    { id: 'gZ7q9Rw6dS8j4Xq1BhF3Vt0Ic5Kg', plan: S, bucket: SEED_IDS.salesActions, title: 'Renew the carrier contract', assignee: 'james', dueDays: -4, percent: 100, completedDaysAgo: 4 },
    {
      id: 'hA8r0Sx7eT9k5Yr2CiG4Wu1Jd6Lh', plan: S, bucket: SEED_IDS.salesActions, title: 'Customer churn analysis for APAC', assignee: 'priya', dueDays: 3, percent: 0, priority: 5,
      description: 'Acceptance: churn by segment with the top 3 causes. From: Sales & Ops pipeline review.',
    },
    { id: 'iB9s1Ty8fU0l6Zs3DjH5Xv2Ke7Mi', plan: S, bucket: SEED_IDS.salesBacklog, title: 'Draft the returns process checklist', assignee: 'organizer', dueDays: 6, percent: 0, priority: 9 },
  ];
  for (const [i, t] of tasks.entries()) {
    const assignee = seedPerson(t.assignee as Parameters<typeof seedPerson>[0]);
    const due = wallToUtc(dayOffset(now, t.dueDays), 17, 0, assignee.preferredLanguage === 'zh-CN' ? 'Asia/Shanghai' : 'UTC');
    const createdAt = dayOffset(now, -10 + (i % 3)).toISOString();
    const completedAt = t.completedDaysAgo !== undefined ? wallToUtc(dayOffset(now, -t.completedDaysAgo), 15, 30, 'UTC').toISOString() : null;
    const rec: TaskRec = {
      id: t.id,
      planId: t.plan,
      bucketId: t.bucket,
      title: t.title,
      orderHint: `85858${i}P!`,
      assigneePriority: '',
      percentComplete: t.percent,
      priority: t.priority ?? 5,
      startDateTime: null,
      dueDateTime: due.toISOString(),
      createdDateTime: createdAt,
      completedDateTime: completedAt,
      completedBy: completedAt ? { user: { displayName: null, id: assignee.id } } : null,
      createdBy: by(org.id),
      appliedCategories: {},
      assignments: {
        [assignee.id]: { assignedDateTime: createdAt, orderHint: '8585P!', assignedBy: by(org.id) },
      },
      conversationThreadId: null,
      previewType: 'automatic',
      etag: etag('Task'),
    };
    s.tasks.push(rec);
    const details: DetailsRec = { id: t.id, description: t.description ?? '', previewType: 'automatic', checklist: {}, references: {}, etag: etag('TaskDetails') };
    for (const [j, [title, isChecked]] of (t.checklist ?? []).entries()) {
      details.checklist[`${t.id.slice(0, 8).toLowerCase()}-0000-4000-8000-00000000000${j}`] = {
        title,
        isChecked,
        orderHint: `8585${j}P!`,
        lastModifiedDateTime: createdAt,
        lastModifiedBy: by(org.id),
      };
    }
    s.taskDetails[t.id] = details;
  }
  for (const p of SEED_PEOPLE) {
    s.todoLists.push({ id: `AQMkADAwATM0MDAAMS1${p.id.slice(0, 8)}-tasks`, ownerId: p.id, displayName: p.preferredLanguage === 'zh-CN' ? '任务' : 'Tasks', isOwner: true, isShared: false, wellknownListName: 'defaultList' });
  }
  const orgList = s.todoLists.find((l) => l.ownerId === org.id)!;
  const due = dayOffset(now, 1);
  s.todoTasks.push({
    id: 'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AseedTodo0000000001',
    listId: orgList.id,
    title: '会前 1 天发送预读材料',
    body: { content: '项目背景、数据报表、方案初稿;标注需提前思考的问题。', contentType: 'text' },
    importance: 'high',
    status: 'notStarted',
    categories: [],
    createdDateTime: created,
    lastModifiedDateTime: created,
    completedDateTime: null,
    dueDateTime: { dateTime: `${due.toISOString().slice(0, 10)}T00:00:00.0000000`, timeZone: 'UTC' },
    isReminderOn: false,
    reminderDateTime: null,
    linkedResources: [],
    etag: etag('TodoTask'),
  });
  seedMeetings(s, now);
  s.seq = seq + 1;
  return s;
}
