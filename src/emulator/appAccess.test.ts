import { describe, expect, it } from 'vitest';
import { appToken, call } from './emuTestClient';
import { emulatorForFile } from './emulatorForFile';
import { SEED_GUEST, SEED_UPN_DIFFERS } from './seed/seedPeople';

const emu = emulatorForFile();

describe('app tokens: /users/{id | userPrincipalName}/… only', () => {
  it('a mailbox addressed by a mail that is not the UPN, or by its local part, is 404 ErrorInvalidUser', async () => {
    const token = await appToken(emu());
    const local = SEED_UPN_DIFFERS.mail.split('@')[0]!;
    for (const key of [SEED_UPN_DIFFERS.mail, SEED_GUEST.mail, local]) {
      const r = await call(emu(), 'GET', `/users/${encodeURIComponent(key)}/events`, { token });
      expect([key, r.status, r.body.error?.code]).toEqual([key, 404, 'ErrorInvalidUser']);
    }
  });

  it('the object id and the UPN reach the mailbox', async () => {
    const token = await appToken(emu());
    for (const key of [SEED_UPN_DIFFERS.id, SEED_UPN_DIFFERS.upn!, SEED_GUEST.upn!]) {
      const r = await call(emu(), 'GET', `/users/${encodeURIComponent(key)}/events`, { token });
      expect([key, r.status]).toEqual([key, 200]);
    }
  });
});
