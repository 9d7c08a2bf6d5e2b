import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../emuTestClient';
import type { Emulator } from '../Emulator';
import { SEED_GUEST, SEED_UPN_DIFFERS } from '../seed/seedPeople';
import { SEED_IDS } from '../seed/seedState';
import { startEmulator } from '../startEmulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emu.close();
});

const filter = (f: string, extra = '') =>
  `/users?$filter=${encodeURIComponent(f)}&$select=id,mail,userPrincipalName,userType,otherMails${extra}`;
const ADVANCED = { consistencylevel: 'eventual' };

describe('/users/{id | userPrincipalName} only', () => {
  it('a mail that is not the UPN is 404 Request_ResourceNotFound, as Graph answers', async () => {
    for (const p of [SEED_UPN_DIFFERS, SEED_GUEST]) {
      const r = await call(emu, 'GET', `/users/${encodeURIComponent(p.mail)}`);
      expect([r.status, r.body.error.code]).toEqual([404, 'Request_ResourceNotFound']);
    }
  });

  it('the UPN (a guest #EXT# one too) and the object id work', async () => {
    const byUpn = await call(
      emu,
      'GET',
      `/users/${encodeURIComponent(SEED_GUEST.upn!)}?$select=id,mail,userType`,
    );
    expect(byUpn.body).toMatchObject({ id: SEED_GUEST.id, mail: 'anna@fabrikam.com', userType: 'Guest' });
    const byId = await call(emu, 'GET', `/users/${SEED_UPN_DIFFERS.id}`);
    expect(byId.body).toMatchObject({
      mail: 'wei.li@contoso.com',
      userPrincipalName: 'li.wei@contoso.onmicrosoft.com',
    });
    expect(byId.body).not.toHaveProperty('userType');
  });

  it('other /users/{x} routes take the id or UPN only too (To Do)', async () => {
    const me = { token: `emu:${SEED_UPN_DIFFERS.upn}` };
    expect(
      (await call(emu, 'GET', `/users/${encodeURIComponent(SEED_UPN_DIFFERS.mail)}/todo/lists`, me)).status,
    ).toBe(404);
    expect(
      (await call(emu, 'GET', `/users/${encodeURIComponent(SEED_UPN_DIFFERS.upn!)}/todo/lists`, me)).status,
    ).toBe(200);
    expect((await call(emu, 'GET', `/users/${SEED_UPN_DIFFERS.id}/todo/lists`, me)).status).toBe(200);
  });

  it('the seeded guest and the UPN-differs member are in both groups', async () => {
    for (const g of [SEED_IDS.launchGroup, SEED_IDS.salesGroup]) {
      const ids = (await call(emu, 'GET', `/groups/${g}/members`)).body.value.map(
        (u: { id: string }) => u.id,
      );
      expect(ids).toEqual(expect.arrayContaining([SEED_GUEST.id, SEED_UPN_DIFFERS.id]));
    }
  });
});

describe('$filter on users', () => {
  it('mail, UPN, otherMails/any and proxyAddresses/any eq work without advanced-query headers', async () => {
    const ids = async (f: string) =>
      (await call(emu, 'GET', filter(f))).body.value.map((u: { id: string }) => u.id);
    expect(await ids("mail eq 'WEI.LI@contoso.com'")).toEqual([SEED_UPN_DIFFERS.id]);
    expect(await ids("userPrincipalName eq 'li.wei@contoso.onmicrosoft.com'")).toEqual([SEED_UPN_DIFFERS.id]);
    expect(await ids("otherMails/any(m:m eq 'anna@fabrikam.com')")).toEqual([SEED_GUEST.id]);
    expect(await ids("proxyAddresses/any(p:p eq 'smtp:wei.li@contoso.com')")).toEqual([SEED_UPN_DIFFERS.id]);
    expect(await ids("mail eq 'nobody@contoso.com' or otherMails/any(m:m eq 'anna@fabrikam.com')")).toEqual([
      SEED_GUEST.id,
    ]);
    expect(await ids("mail in ('wei.li@contoso.com', 'anna@fabrikam.com')")).toHaveLength(2);
    expect(await ids("userType eq 'Guest' and startsWith(mail,'anna')")).toEqual([SEED_GUEST.id]);
  });

  it('endsWith, ne and not need ConsistencyLevel: eventual and $count=true (400 Request_UnsupportedQuery otherwise)', async () => {
    for (const f of [
      "endsWith(userPrincipalName,'#EXT#@contoso.onmicrosoft.com')",
      "userType ne 'Member'",
      "NOT(userType eq 'Member')",
    ]) {
      const bare = await call(emu, 'GET', filter(f));
      expect([bare.status, bare.body.error.code]).toEqual([400, 'Request_UnsupportedQuery']);
      expect((await call(emu, 'GET', filter(f), { headers: ADVANCED })).status).toBe(400);
    }
    const ok = await call(
      emu,
      'GET',
      filter("endsWith(userPrincipalName,'#EXT#@contoso.onmicrosoft.com')", '&$count=true'),
      { headers: ADVANCED },
    );
    expect(ok.body.value.map((u: { id: string }) => u.id)).toEqual([SEED_GUEST.id]);
    expect(ok.body['@odata.count']).toBe(1);
  });

  it('$count=true without the header is ignored, $search without it is refused, unknown properties are refused', async () => {
    const r = await call(emu, 'GET', filter("mail eq 'wei.li@contoso.com'", '&$count=true'));
    expect([r.status, r.body['@odata.count']]).toEqual([200, undefined]);
    expect((await call(emu, 'GET', '/users?$search="displayName:Anna"')).body.error.code).toBe(
      'Request_UnsupportedQuery',
    );
    expect((await call(emu, 'GET', filter("shoeSize eq '42'"))).status).toBe(400);
  });
});
