import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../emuTestClient';
import type { Emulator } from '../Emulator';
import { SEED_MEETING_IDS } from '../seed/seedMeetings';
import { startEmulator } from '../startEmulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emu.close();
});

const chat = (id: string) => `/chats/${encodeURIComponent(id)}`;

describe('meeting chats', () => {
  it('the zh chat links its calendar event; the en chat only its join URL, resolvable via onlineMeetings', async () => {
    const zh = await call(emu, 'GET', chat(SEED_MEETING_IDS.zhLaunchChat));
    expect(zh.body).toMatchObject({ chatType: 'meeting', onlineMeetingInfo: { calendarEventId: SEED_MEETING_IDS.zhLaunch, organizer: { userIdentityType: 'aadUser' } } });
    const en = await call(emu, 'GET', chat(SEED_MEETING_IDS.enPipelineChat));
    expect(en.body.onlineMeetingInfo.calendarEventId).toBeNull();
    const url = en.body.onlineMeetingInfo.joinWebUrl as string;
    const om = await call(emu, 'GET', `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${url}'`)}`);
    expect(om.body.value).toHaveLength(1);
    expect(om.body.value[0]).toMatchObject({ subject: 'Sales & Ops pipeline review', chatInfo: { threadId: SEED_MEETING_IDS.enPipelineChat } });
    expect((await call(emu, 'GET', '/me/onlineMeetings')).status).toBe(400);
  });

  it('the join-URL filter answers the organizer only: an invited attendee gets 403, the by-id read still works', async () => {
    const url = (await call(emu, 'GET', chat(SEED_MEETING_IDS.enPipelineChat))).body.onlineMeetingInfo.joinWebUrl as string;
    const path = `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${url}'`)}`;
    const organizer = await call(emu, 'GET', path);
    const attendee = await call(emu, 'GET', path, { token: 'emu:emily.carter@contoso.com' });
    expect([attendee.status, attendee.body.error.code]).toEqual([403, 'Forbidden']);
    expect((await call(emu, 'GET', `/me/onlineMeetings/${encodeURIComponent(organizer.body.value[0].id)}`, { token: 'emu:emily.carter@contoso.com' })).status).toBe(200);
  });

  it('posts and lists messages for members only', async () => {
    const post = await call(emu, 'POST', `${chat(SEED_MEETING_IDS.zhLaunchChat)}/messages`, { body: { body: { contentType: 'html', content: '<p>纪要初稿</p>' } } });
    expect(post.status).toBe(201);
    expect(post.body).toMatchObject({ messageType: 'message', chatId: SEED_MEETING_IDS.zhLaunchChat, from: { user: { id: expect.any(String) } } });
    const list = await call(emu, 'GET', `${chat(SEED_MEETING_IDS.zhLaunchChat)}/messages`);
    expect(list.body.value[0].id).toBe(post.body.id);
    expect((await call(emu, 'GET', chat(SEED_MEETING_IDS.zhLaunchChat), { token: 'emu:tom.becker@contoso.com' })).status).toBe(403);
    expect((await call(emu, 'POST', `${chat(SEED_MEETING_IDS.zhLaunchChat)}/messages`, { body: { body: { content: '' } } })).status).toBe(400);
    expect((await call(emu, 'GET', chat('19:meeting_nope@thread.v2'))).status).toBe(404);
  });
});

describe('mail and To Do', () => {
  it('sendMail answers 202 and stores the message in sent items and /_emu/mail', async () => {
    const r = await call(emu, 'POST', '/me/sendMail', {
      body: { message: { subject: '会议纪要', body: { contentType: 'HTML', content: '<p>决议</p>' }, toRecipients: [{ emailAddress: { address: 'zhang.wei@contoso.com' } }] }, saveToSentItems: true },
    });
    expect(r.status).toBe(202);
    const sent = await call(emu, 'GET', '/me/mailFolders/sentitems/messages');
    expect(sent.body.value[0]).toMatchObject({ subject: '会议纪要', toRecipients: [{ emailAddress: { address: 'zhang.wei@contoso.com' } }], body: { contentType: 'html' } });
    expect((await call(emu, 'GET', '/_emu/mail')).body.value.some((m: { subject: string }) => m.subject === '会议纪要')).toBe(true);
    await call(emu, 'POST', '/me/sendMail', {
      body: { message: { subject: 'not saved', toRecipients: [{ emailAddress: { address: 'zhang.wei@contoso.com' } }] }, saveToSentItems: false },
    });
    const after = await call(emu, 'GET', '/me/mailFolders/sentitems/messages');
    expect(after.body.value.some((m: { subject: string }) => m.subject === 'not saved')).toBe(false);
    expect((await call(emu, 'GET', '/_emu/mail')).body.value.some((m: { subject: string }) => m.subject === 'not saved')).toBe(true);
    const bad = await call(emu, 'POST', '/me/sendMail', { body: { message: { subject: 'x', toRecipients: [{ emailAddress: { address: 'not-an-address' } }] } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('ErrorInvalidRecipients');
  });

  it('To Do: lists, creates, patches and lists tasks', async () => {
    const lists = await call(emu, 'GET', '/me/todo/lists');
    const list = lists.body.value.find((l: { wellknownListName: string }) => l.wellknownListName === 'defaultList');
    const base = `/me/todo/lists/${list.id}/tasks`;
    const t = await call(emu, 'POST', base, {
      body: { title: 'Draft plan', importance: 'high', dueDateTime: { dateTime: '2031-01-02T17:00:00', timeZone: 'China Standard Time' }, linkedResources: [{ webUrl: 'https://teams.microsoft.com/x', applicationName: 'Meeting Guard', displayName: 'Weekly' }] },
    });
    expect(t.status).toBe(201);
    expect(t.body.dueDateTime).toEqual({ dateTime: '2031-01-02T09:00:00.0000000', timeZone: 'UTC' });
    const p = await call(emu, 'PATCH', `${base}/${t.body.id}`, { body: { status: 'completed' } });
    expect(p.body.completedDateTime).toBeDefined();
    expect((await call(emu, 'GET', base)).body.value.map((x: { title: string }) => x.title)).toContain('Draft plan');
    expect((await call(emu, 'POST', base, { body: { title: 'x', importance: 'urgent' } })).status).toBe(400);
    expect((await call(emu, 'GET', `/me/todo/lists/${list.id}/tasks`, { token: 'emu:james.wilson@contoso.com' })).status).toBe(404);
    expect((await call(emu, 'GET', `/users/chen.jing@contoso.com/todo/lists/${list.id}/tasks`)).body.value).toHaveLength(2);
    expect((await call(emu, 'GET', '/users/james.wilson@contoso.com/todo/lists')).status).toBe(403);
  });
});
