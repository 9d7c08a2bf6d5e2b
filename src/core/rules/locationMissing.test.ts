import { describe, expect, it } from 'vitest';
import { locationMissing } from './locationMissing';
import { ctxOf, type TestInviteSpec } from './testInvite';

describe('location.missing', () => {
  it.each<[string, TestInviteSpec, number]>([
    ['a room', { location: '3F 会议室' }, 0],
    ['no location', { location: '' }, 1],
    ['whitespace only', { location: '   ' }, 1],
    ['online meeting flag', { location: '', isOnline: true }, 0],
    ['online join URL', { location: '', onlineJoinUrl: 'https://teams.microsoft.com/l/meetup-join/x' }, 0],
    ['Teams join link in the body', { location: '', bodyText: 'Join: https://teams.microsoft.com/l/meetup-join/19%3a/0' }, 0],
    ['Zoom link in the body', { location: '', bodyText: 'https://zoom.us/j/123' }, 0],
    ['Webex link', { location: '', bodyText: 'https://acme.webex.com/meet/x' }, 0],
    ['腾讯会议 link', { location: '', bodyText: 'https://meeting.tencent.com/dm/x' }, 0],
    ['join link only as <a href>', { location: '', body: { text: 'Join here', links: ['https://teams.microsoft.com/l/meetup-join/x'] } }, 0],
    ['a non-join link is not a place', { location: '', bodyText: 'https://contoso.sharepoint.com/doc' }, 1],
  ])('%s', (_name, spec, count) => {
    expect(locationMissing(ctxOf(spec))).toHaveLength(count);
  });

  it('message and fix', () => {
    expect(locationMissing(ctxOf({ location: '' }, {}, { lang: 'zh-CN' }))).toEqual([
      { rule: 'location.missing', message: '没有会议地点,也不是线上会议。', fix: '添加一个中立的会议室,或设为 Teams 会议。' },
    ]);
  });
});
