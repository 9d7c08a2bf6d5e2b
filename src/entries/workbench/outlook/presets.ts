import type { FakeAppointment, FakeRecipient } from '../../../adapters/fakes/office/FakeAppointment';
import { addDays, weekdayOf } from '../../../core/time/addDays';
import { resolveZone } from '../../../core/time/resolveZone';
import { toLocal } from '../../../core/time/toLocal';
import { wallToInstant } from '../../../core/time/wallToInstant';
import type { Weekday } from '../../../core/model/Weekday';

export interface Preset {
  id: string;
  label: string;
  /** The form's time zone: Windows or IANA, as Outlook's picker shows it. */
  zone: string;
  appointment: FakeAppointment;
}

const person = (name: string, email: string, kind: FakeRecipient['kind'] = 'user'): FakeRecipient => ({
  name,
  email,
  kind,
});

/** The first `weekday` at least a week after today in `zone`: far enough for any notice rule. */
function nextWeek(now: Date, zone: string, weekday: Weekday): string {
  let date = addDays(toLocal(now.toISOString(), zone).date, 7);
  while (weekdayOf(date) !== weekday) date = addDays(date, 1);
  return date;
}

function at(now: Date, zone: string, weekday: Weekday, start: string, end: string) {
  const iana = resolveZone(zone) ?? 'UTC';
  const date = nextWeek(now, iana, weekday);
  return { start: wallToInstant(date, start, iana), end: wallToInstant(date, end, iana) };
}

const ZH_PEOPLE = [
  person('王芳（市场部）', 'wang.fang@contoso.example'),
  person('李强（研发部）', 'li.qiang@contoso.example'),
  person('张伟（供应链）', 'zhang.wei@contoso.example'),
  person('陈静（财务部）', 'chen.jing@contoso.example'),
];
const EN_PEOPLE = [
  person('Alex Kim (Marketing)', 'alex.kim@contoso.example'),
  person('Priya Natarajan (R&D)', 'priya.n@contoso.example'),
  person('Sam Okafor (Supply chain)', 'sam.okafor@contoso.example'),
  person('Dana Weiss (Finance)', 'dana.weiss@contoso.example'),
];

const ZH_GOOD_BODY = [
  '<p>会议目标：确定 Q3 新品上线时间表及各部门交付物</p>',
  '<p>会议类型：决策型</p>',
  '<p>会议议程：</p><ol>',
  '<li>14:00-14:20 现状同步（市场部经理，20分钟，输出：《市场需求摘要》）</li>',
  '<li>14:20-14:50 资源评估与风险讨论（研发总监，30分钟，输出：资源需求清单）</li>',
  '<li>14:50-15:00 中场休息（10分钟）</li>',
  '<li>15:00-15:30 决定上线日期与分工（项目经理，30分钟，输出：行动项表）</li>',
  '</ol>',
  '<p>预读材料：<a href="https://contoso.sharepoint.example/sites/launch/q3-plan.pptx">Q3 上线方案</a>（请提前一天阅读，标注待讨论的问题）</p>',
  '<p>请各部门会前提交当前风险。如需请假，请提前 24 小时告知并指定同级别替代人。</p>',
].join('');

const EN_GOOD_BODY = [
  '<p>Goal: Decide the Q3 launch schedule and each department’s deliverables</p>',
  '<p>Type: Decision</p>',
  '<p>Agenda:</p><ol>',
  '<li>10:00-10:15 Status update (Owner: Alex, 15 min, Output: market summary)</li>',
  '<li>10:15-10:45 Resource and risk discussion (Owner: Priya, 30 min, Output: resource needs list)</li>',
  '<li>10:45-11:00 Decide dates and owners (Owner: Sam, 15 min, Output: action items)</li>',
  '</ol>',
  '<p>Pre-read: <a href="https://contoso.sharepoint.example/sites/launch/q3-plan.pptx">Q3 plan</a></p>',
].join('');

/** The form's own sample invites (zh and en, good and bad), dated relative to today. */
export function presets(now: Date): Preset[] {
  const base = {
    rooms: [],
    attachments: [],
    recurrence: null,
    optional: [],
  } satisfies Partial<FakeAppointment>;
  return [
    {
      id: 'zh-good',
      label: '中文：Q3 上线决策会（合格）',
      zone: 'China Standard Time',
      appointment: {
        ...base,
        subject: 'Q3 新品上线决策会',
        ...at(now, 'Asia/Shanghai', 'tuesday', '14:00', '15:30'),
        location: '3 号楼 中立会议室 A',
        organizer: { email: 'zhao.min@contoso.example', name: '赵敏（项目经理）' },
        required: [...ZH_PEOPLE, person('3 号楼会议室 A', 'room-3a@contoso.example', 'room')],
        bodyHtml: ZH_GOOD_BODY,
      },
    },
    {
      id: 'zh-bad',
      label: '中文：周一早上的沟通会（有问题）',
      zone: 'China Standard Time',
      appointment: {
        ...base,
        subject: '项目沟通会',
        ...at(now, 'Asia/Shanghai', 'monday', '09:00', '10:00'),
        location: '',
        organizer: { email: 'zhao.min@contoso.example', name: '赵敏' },
        required: ZH_PEOPLE,
        bodyHtml: '<p>会议目标：加强沟通，同步一下进展</p><p>大家来聊聊项目情况。</p>',
      },
    },
    {
      id: 'en-good',
      label: 'English: Q3 launch decision (good)',
      zone: 'Pacific Standard Time',
      appointment: {
        ...base,
        subject: 'Q3 launch decision',
        ...at(now, 'America/Los_Angeles', 'wednesday', '10:00', '11:00'),
        location: 'Building 4, Room 210',
        organizer: { email: 'jordan.lee@contoso.example', name: 'Jordan Lee' },
        required: EN_PEOPLE,
        attachments: [{ name: 'Q3-plan.pdf', size: 120_000 }],
        bodyHtml: EN_GOOD_BODY,
      },
    },
    {
      id: 'en-bad',
      label: 'English: Friday afternoon catch-up (needs work)',
      zone: 'America/New_York',
      appointment: {
        ...base,
        subject: 'Project catch-up',
        ...at(now, 'America/New_York', 'friday', '15:00', '16:15'),
        location: '',
        organizer: { email: 'jordan.lee@contoso.example', name: 'Jordan Lee' },
        required: EN_PEOPLE,
        bodyHtml: '<p>Goal: catch up and discuss progress</p>',
      },
    },
    {
      id: 'blank',
      label: 'Blank / 空白',
      zone: 'China Standard Time',
      appointment: {
        ...base,
        subject: '',
        ...at(now, 'Asia/Shanghai', 'thursday', '10:00', '10:30'),
        location: '',
        organizer: { email: 'organizer@contoso.example', name: 'Organizer' },
        required: [],
        bodyHtml: '',
      },
    },
  ];
}
