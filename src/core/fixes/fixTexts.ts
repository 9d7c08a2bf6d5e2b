import type { Lang } from '../model/Lang';

/**
 * The words the fixes write into an invite, in the invite's language. They are invite content, not UI
 * messages, and they are worded so the rulebook's readers recognise them: labels the rules look for
 * (议程 / Agenda, 会议目标 / Goal, 负责人 / Owner, 输出 / Output, 无预读 / No pre-reads) and
 * bracketed placeholders the organizer replaces.
 */
export interface FixTexts {
  agendaLabel: string;
  /** One agenda item: title, owner, minutes, output. */
  item(title: string, owner: string, minutes: number, output: string): string;
  breakItem(minutes: number): string;
  owner: string;
  info: { title: string; output: string };
  discuss: { title: string; output: string };
  decide: { title: string; output: string };
  wrapUp: { title: string; output: string };
  goalLine: string;
  typeLine: Record<'decision' | 'discussion' | 'informational', string>;
  noPrereadsLine: string;
}

export const FIX_TEXTS: Record<Lang, FixTexts> = {
  'en-US': {
    agendaLabel: 'Agenda:',
    item: (title, owner, minutes, output) => `${title} (Owner: ${owner}, ${minutes} min, Output: ${output})`,
    breakItem: (minutes) => `Break (${minutes} min)`,
    owner: 'TBD',
    info: { title: 'Status update: facts and figures', output: 'shared status summary' },
    discuss: { title: 'Discussion: options and risks', output: 'list of options with pros and cons' },
    decide: { title: 'Decision: choose an option and assign owners', output: 'decision and action items' },
    wrapUp: { title: 'Wrap-up: repeat decisions, action items and owners', output: 'confirmed action list' },
    goalLine: 'Goal: Decide [what] and agree on each department’s deliverables and dates',
    typeLine: { decision: 'Type: Decision', discussion: 'Type: Discussion', informational: 'Type: Informational (FYI)' },
    noPrereadsLine: 'Pre-reads: No pre-reads',
  },
  'zh-CN': {
    agendaLabel: '会议议程：',
    item: (title, owner, minutes, output) => `${title}（负责人：${owner}，${minutes}分钟，输出：${output}）`,
    breakItem: (minutes) => `中场休息（${minutes}分钟）`,
    owner: '【姓名】',
    info: { title: '信息同步：现状与数据', output: '现状摘要' },
    discuss: { title: '问题讨论：方案与风险', output: '方案利弊清单' },
    decide: { title: '决策与分工：选定方案，明确负责人', output: '决定及行动项' },
    wrapUp: { title: '总结：复述决定、行动项与负责人', output: '确认后的行动项表' },
    goalLine: '会议目标：确定【事项】的方案，并明确各部门的交付物与时间',
    typeLine: { decision: '会议类型：决策型', discussion: '会议类型：讨论型', informational: '会议类型：告知型' },
    noPrereadsLine: '预读材料：无预读',
  },
};
