import { describe, expect, it } from 'vitest';
import { prereadsMissing } from './prereadsMissing';
import { ctxOf, type TestInviteSpec } from './testInvite';

const TEAMS_FOOTER =
  'Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0\nLearn more https://aka.ms/JoinTeamsMeeting?omkt=en-US | Meeting options https://teams.microsoft.com/meetingOptions/?organizerId=1';

describe('prereads.missing', () => {
  it.each<[string, TestInviteSpec, number]>([
    ['a bare https link to material', { bodyText: '预读材料：https://contoso.sharepoint.com/q3.docx' }, 0],
    ['an <a href> link', { bodyText: 'See the plan', body: { text: 'See the plan', links: ['https://contoso.sharepoint.com/plan'] } }, 0],
    ['an attachment', { bodyText: 'Agenda', attachments: [{ name: 'plan.pptx', size: 1000 }] }, 0],
    ['an inline image is not material', { bodyText: 'hi', attachments: [{ name: 'logo.png', isInline: true }] }, 1],
    ['nothing', { bodyText: 'Agenda only' }, 1],
    ['only a Teams join link and its footer', { bodyText: TEAMS_FOOTER }, 1],
    ['Teams join link as <a href>', { bodyText: 'Join', body: { text: 'Join', links: ['https://teams.microsoft.com/l/meetup-join/19%3a/0', 'https://aka.ms/JoinTeamsMeeting'] } }, 1],
    ['Zoom join link', { bodyText: 'https://us02web.zoom.us/j/123456789' }, 1],
    ['Webex join link', { bodyText: 'https://contoso.webex.com/meet/li' }, 1],
    ['腾讯会议 join link', { bodyText: '腾讯会议：https://meeting.tencent.com/dm/abc' }, 1],
    ['Teams footer links (download, join on the web) are not material', { bodyText: 'x', body: { text: 'x', links: ['https://www.microsoft.com/en-us/microsoft-teams/download-app', 'https://www.microsoft.com/microsoft-teams/join-a-meeting', 'https://dialin.teams.microsoft.com/usp/pstnconferencing'] } }, 1],
    ['a file shared in Teams is material', { bodyText: 'x', body: { text: 'x', links: ['https://teams.microsoft.com/l/file/ABC?tenantId=1'] } }, 0],
    ['mailto is not material', { bodyText: 'x', body: { text: 'x', links: ['mailto:li@contoso.com'] } }, 1],
    ['join link plus a material link', { bodyText: `${TEAMS_FOOTER}\nPre-read: https://contoso.sharepoint.com/x` }, 0],
    ['无预读', { bodyText: '本次会议无预读材料' }, 0],
    ['预读材料：无', { bodyText: '预读材料：无' }, 0],
    ['No pre-reads', { bodyText: 'No pre-reads.' }, 0],
    ['Pre-reads: none', { bodyText: 'Pre-reads: none' }, 0],
    ['http (not https) counts', { bodyText: 'http://intranet/doc' }, 0],
  ])('%s', (_name, spec, count) => {
    expect(prereadsMissing(ctxOf(spec))).toHaveLength(count);
  });

  it('message and fix', () => {
    expect(prereadsMissing(ctxOf({ bodyText: '' }, {}, { lang: 'zh-CN' }))).toEqual([
      { rule: 'prereads.missing', message: '没有预读材料:邀请中既无附件也无链接。', fix: '预读材料:<材料链接,提前1天发送>(或注明“无预读材料”)' },
    ]);
  });
});
