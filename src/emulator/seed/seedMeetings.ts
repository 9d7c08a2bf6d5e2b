import type { Attendee, EmuState, EventRec } from '../EmuState';
import { SEED_PEOPLE, SEED_PLAIN_PEOPLE, seedPerson, type SeedPerson } from './seedPeople';
import { dayOffset, nextWeekday, previousWorkday, wallToUtc } from './seedTime';

type Key = SeedPerson['key'];

/** Fixed ids of the seeded meetings, chats and online meetings. */
export const SEED_MEETING_IDS = {
  zhLaunch: 'AAMkAGseedZhLaunchReview0000000000000000000000000000000000000000001=',
  enPipeline: 'AAMkAGseedEnPipelineReview00000000000000000000000000000000000000002=',
  zhPast: 'AAMkAGseedZhRequirementsReview000000000000000000000000000000000003=',
  zhFriday: 'AAMkAGseedZhFridayStatus00000000000000000000000000000000000000000004=',
  zhLaunchChat: '19:meeting_NjFhZGQ5YzEtZDc1ZS00YjQ3LWE5OGUtMWUzNGM3ZjVkZTAx@thread.v2',
  enPipelineChat: '19:meeting_ZTcwYjM4MmItNWQyOS00ZjNlLThkNTQtYTlmOGI2YzNlMDAy@thread.v2',
} as const;

export const ZH_AGENDA_BODY = [
  '<html><body>',
  '<p><b>会议目标:</b>确定 Q3 新品发布时间表及各部门交付物</p>',
  '<p><b>会议类型:</b>决策型</p>',
  '<p><b>议程:</b></p>',
  '<ol>',
  '<li>14:00-14:10 需求对齐(市场部经理,20分钟,输出《需求优先级共识表》)</li>',
  '<li>14:10-14:30 资源评估(研发部总监,20分钟,输出《资源需求清单》)</li>',
  '<li>14:30-14:50 决策与分工(全体,20分钟,输出《行动项表》)</li>',
  '<li>14:50-15:00 总结(主持人李工,10分钟)</li>',
  '</ol>',
  '<p><b>预读材料:</b>项目背景、数据报表、方案初稿(会前 1 天发送),请标注需提前思考的问题。</p>',
  '<p><b>会前准备:</b>请各部门于会前提交当前进度风险点。</p>',
  '<p>请假需提前24小时提交说明,并推荐同级别替代人员。</p>',
  '</body></html>',
].join('\n');

export const EN_AGENDA_BODY = [
  '<html><body>',
  '<p><b>Goal:</b> Decide the Q4 pipeline targets and name an owner for each region.</p>',
  '<p><b>Type:</b> decision</p>',
  '<p><b>Agenda:</b></p>',
  '<ul>',
  '<li>10:00-10:05 Opening and goal (Chen Jing, 5 min)</li>',
  '<li>10:05-10:15 Pipeline status (Emily Carter, 10 min, output: forecast by region)</li>',
  '<li>10:15-10:25 Fulfilment risks (James Wilson, 10 min, output: risk list)</li>',
  '<li>10:25-10:30 Decisions and owners (all, 5 min, output: action item table)</li>',
  '</ul>',
  '<p><b>Pre-reads:</b> pipeline dashboard export (sent one day ahead).</p>',
  '<p><b>Prepare:</b> each region brings its top three risks.</p>',
  '<p>If you cannot attend, tell the organizer 24 hours ahead and name a substitute of the same level.</p>',
  '</body></html>',
].join('\n');

const attendee = (key: Key, response = 'none', type: Attendee['type'] = 'required'): Attendee => {
  const p = seedPerson(key);
  return { type, status: { response, time: '0001-01-01T00:00:00Z' }, emailAddress: { name: p.displayName, address: p.mail } };
};

export function joinUrlFor(chatId: string, tenantId: string, organizerId: string): string {
  const thread = encodeURIComponent(chatId).replace(/%3A/g, '%3a').replace(/%40/g, '%40');
  const context = encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: organizerId }));
  return `https://teams.microsoft.com/l/meetup-join/${thread}/0?context=${context}`;
}

interface MeetingSeed {
  id: string;
  organizer: Key;
  subject: string;
  body: string;
  day: Date;
  start: [number, number];
  end: [number, number];
  zone: { windows: string; iana: string };
  attendees: Attendee[];
  location: string;
  chatId?: string;
  showAs?: string;
}

const SHANGHAI = { windows: 'China Standard Time', iana: 'Asia/Shanghai' };
const LONDON = { windows: 'GMT Standard Time', iana: 'Europe/London' };
const PACIFIC = { windows: 'Pacific Standard Time', iana: 'America/Los_Angeles' };

export function seedMeetings(s: EmuState, now: Date): void {
  const tuesday = nextWeekday(now, 2, 3);
  const wednesday = nextWeekday(now, 3, 3);
  const friday = nextWeekday(now, 5, 1);
  const past = previousWorkday(now);
  const meetings: MeetingSeed[] = [
    {
      id: SEED_MEETING_IDS.zhLaunch, organizer: 'organizer', subject: 'Q3 新品发布跨部门协调会', body: ZH_AGENDA_BODY, day: tuesday,
      start: [14, 0], end: [15, 0], zone: SHANGHAI, location: '上海 12F 中立会议室 B',
      attendees: [attendee('zhangWei', 'accepted'), attendee('liQiang', 'accepted'), attendee('wangFang', 'tentativelyAccepted'), attendee('liuYang')],
      chatId: SEED_MEETING_IDS.zhLaunchChat,
    },
    {
      id: SEED_MEETING_IDS.enPipeline, organizer: 'organizer', subject: 'Sales & Ops pipeline review', body: EN_AGENDA_BODY, day: wednesday,
      start: [10, 0], end: [10, 30], zone: LONDON, location: 'Microsoft Teams Meeting',
      attendees: [attendee('emily', 'accepted'), attendee('james', 'accepted'), attendee('priya'), attendee('zhangWei', 'none', 'optional')],
      chatId: SEED_MEETING_IDS.enPipelineChat,
    },
    {
      id: SEED_MEETING_IDS.zhPast, organizer: 'organizer', subject: 'Q3 新品发布需求评审会', body: ZH_AGENDA_BODY.replace('确定 Q3 新品发布时间表及各部门交付物', '评审 Q3 新品需求并确定优先级'), day: past,
      start: [15, 0], end: [16, 0], zone: SHANGHAI, location: '上海 12F 中立会议室 B',
      attendees: [attendee('zhangWei', 'accepted'), attendee('liQiang', 'accepted'), attendee('wangFang', 'accepted')],
    },
    {
      id: SEED_MEETING_IDS.zhFriday, organizer: 'organizer', subject: '周例会', body: '<html><body><p>讨论进度,加强沟通。</p></body></html>', day: friday,
      start: [16, 0], end: [17, 30], zone: SHANGHAI, location: '',
      attendees: SEED_PLAIN_PEOPLE.filter((p) => p.key !== 'organizer').map((p) => attendee(p.key)),
    },
    {
      id: 'AAMkAGseedZhRndWeekly000000000000000000000000000000000000000000000005=', organizer: 'zhangWei', subject: '研发周会', body: '<p>研发内部同步</p>', day: tuesday,
      start: [10, 0], end: [11, 30], zone: SHANGHAI, location: '上海 15F', attendees: [attendee('liQiang', 'accepted')],
    },
    {
      id: 'AAMkAGseedEnCustomerVisit00000000000000000000000000000000000000000006=', organizer: 'emily', subject: 'Customer visit (Contoso Retail)', body: '<p>On site all day.</p>', day: wednesday,
      start: [8, 0], end: [17, 0], zone: PACIFIC, location: 'Portland', attendees: [], showAs: 'oof',
    },
    {
      id: 'AAMkAGseedEnCarrierCall000000000000000000000000000000000000000000007=', organizer: 'james', subject: 'Carrier call', body: '<p>Weekly carrier sync.</p>', day: wednesday,
      start: [9, 0], end: [9, 30], zone: LONDON, location: 'Phone', attendees: [attendee('tom', 'tentativelyAccepted')], showAs: 'tentative',
    },
  ];
  for (const [i, m] of meetings.entries()) {
    const org = seedPerson(m.organizer);
    const startUtc = wallToUtc(m.day, m.start[0], m.start[1], m.zone.iana).toISOString();
    const endUtc = wallToUtc(m.day, m.end[0], m.end[1], m.zone.iana).toISOString();
    const created = new Date(Math.min(dayOffset(m.day, -5).getTime(), dayOffset(now, -1).getTime() + 9 * 3_600_000)).toISOString();
    const joinUrl = m.chatId ? joinUrlFor(m.chatId, s.tenantId, org.id) : null;
    const ev: EventRec = {
      id: m.id,
      organizerId: org.id,
      createdDateTime: created,
      lastModifiedDateTime: created,
      changeKey: `seedChangeKey${i}`,
      iCalUId: `040000008200E00074C5B7101A82E0080000000000000000000000000000000${i}`,
      subject: m.subject,
      body: { contentType: 'html', content: m.body },
      startUtc,
      endUtc,
      originalStartTimeZone: m.zone.windows,
      originalEndTimeZone: m.zone.windows,
      isAllDay: false,
      isCancelled: false,
      showAs: m.showAs ?? 'busy',
      importance: 'normal',
      sensitivity: 'normal',
      categories: [],
      location: { displayName: m.location, locationType: 'default' },
      attendees: m.attendees,
      isOnlineMeeting: !!joinUrl,
      onlineMeetingProvider: joinUrl ? 'teamsForBusiness' : 'unknown',
      joinUrl,
      recurrence: null,
      transactionId: null,
      extensions: {},
    };
    s.events.push(ev);
    if (!m.chatId || !joinUrl) continue;
    const memberIds = [org.id, ...m.attendees.map((a) => SEED_PEOPLE.find((p) => p.mail === a.emailAddress.address)!.id)];
    s.chats.push({
      id: m.chatId,
      topic: m.subject,
      chatType: 'meeting',
      createdDateTime: created,
      lastUpdatedDateTime: created,
      memberIds,
      tenantId: s.tenantId,
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(m.chatId)}/0?tenantId=${s.tenantId}`,
      // The en chat names only the join URL, as chats created from Teams often do: callers must resolve it.
      onlineMeetingInfo: { calendarEventId: m.id === SEED_MEETING_IDS.zhLaunch ? m.id : null, joinWebUrl: joinUrl, organizerId: org.id },
    });
    s.onlineMeetings.push({
      id: `MSo${Buffer.from(`${org.id}*${m.chatId}`).toString('base64url').slice(0, 60)}`,
      organizerId: org.id,
      subject: m.subject,
      joinWebUrl: joinUrl,
      startDateTime: startUtc,
      endDateTime: endUtc,
      createdDateTime: created,
      chatThreadId: m.chatId,
      participantIds: memberIds.slice(1),
    });
    s.chatMessages.push({
      id: `${Date.parse(created)}`,
      chatId: m.chatId,
      createdDateTime: created,
      fromUserId: org.id,
      body: { contentType: 'html', content: org.preferredLanguage === 'zh-CN' ? '<p>会议资料已上传,请会前阅读。</p>' : '<p>Pre-reads are in the Files tab.</p>' },
      subject: null,
    });
  }
}
