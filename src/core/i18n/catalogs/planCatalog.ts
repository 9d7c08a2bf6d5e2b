import { defineCatalog } from '../Catalog';

/** Where a meeting's action items go: the plan picker on the tab's configuration page and in the meeting app. */
export const planCatalog = defineCatalog(
  {
    'plan.label': 'Planner plan for action items',
    'plan.loading': 'Loading your plans…',
    'plan.later': 'Decide later',
    'plan.new': 'Create a new plan…',
    'plan.option': '{title} ({group})',
    'plan.newGroup': 'Group for the new plan',
    'plan.newTitle': 'Name of the new plan',
    'plan.create': 'Create plan',
    'plan.created': 'Plan “{title}” created.',
    'plan.noGroups':
      'You are in no Microsoft 365 group, so there is no plan to pick or create. Action items will go to To Do.',
    'plan.failed': 'Your plans could not be loaded. {reason}',
    'plan.createFailed': 'The plan could not be created. {reason}',
    'plan.laterHint':
      "Without a plan, each action item goes to its owner's To Do, which Meeting Guard can reach only for you: other owners' items will need attention.",
    'plan.chosen': 'Action items will go to the plan “{title}”.',
    'plan.seriesHint': 'Every occurrence of a recurring meeting uses this plan.',
    'plan.noSignIn':
      'Not signed in, so no plans can be listed. Add the tab now and pick a plan in the meeting app.',
    'plan.notice':
      "No Planner plan is chosen for this meeting. Action items would go to each owner's To Do, and only yours can be reached from here.",
    'plan.noticeAsk': 'Ask the organizer to pick a plan in the tab’s settings or here in the meeting app.',
    'plan.pick': 'Pick a plan',
    'plan.use': 'Use this plan',
    'plan.saveFailed': 'The plan could not be saved. {reason}',
    'plan.cancel': 'Cancel',
  },
  {
    'plan.label': '行动项写入的 Planner 计划',
    'plan.loading': '正在加载你的计划…',
    'plan.later': '稍后再选',
    'plan.new': '新建计划…',
    'plan.option': '{title}（{group}）',
    'plan.newGroup': '新计划所属的组',
    'plan.newTitle': '新计划名称',
    'plan.create': '创建计划',
    'plan.created': '已创建计划“{title}”。',
    'plan.noGroups': '你不属于任何 Microsoft 365 组，无法选择或新建计划。行动项将写入 To Do。',
    'plan.failed': '无法加载你的计划。{reason}',
    'plan.createFailed': '无法创建计划。{reason}',
    'plan.laterHint':
      '未选择计划时，每个行动项写入其负责人的 To Do；会议守卫只能访问你自己的 To Do，其他负责人的行动项将需要处理。',
    'plan.chosen': '行动项将写入计划“{title}”。',
    'plan.seriesHint': '定期会议的每一次都使用此计划。',
    'plan.noSignIn': '未登录，无法列出计划。可先添加标签页，再在会议应用中选择计划。',
    'plan.notice':
      '此会议尚未选择 Planner 计划。行动项将写入各负责人的 To Do，而此处只能访问你自己的 To Do。',
    'plan.noticeAsk': '请组织者在标签页设置中或在会议应用中选择计划。',
    'plan.pick': '选择计划',
    'plan.use': '使用此计划',
    'plan.saveFailed': '无法保存计划。{reason}',
    'plan.cancel': '取消',
  },
);
export type PlanKey = keyof (typeof planCatalog)['en-US'];
