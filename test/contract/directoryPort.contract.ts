import { describe, expect, it } from 'vitest';
import type { DirectoryPort } from '../../src/core/ports/DirectoryPort';

export interface DirectoryPerson {
  id: string;
  mail: string;
  /** Sign-in name, when it is not the mail. */
  upn?: string;
}

export interface DirectoryFixture {
  port: DirectoryPort;
  /** mail = UPN */
  plain: DirectoryPerson;
  /** UPN on the onmicrosoft domain, mail on the company's */
  upnDiffers: DirectoryPerson & { upn: string };
  /** B2B guest: `…#EXT#@…` UPN, the home mail */
  guest: DirectoryPerson & { upn: string };
}

/** What owner lookup may rely on, in the fakes and against the emulator alike. */
export function describeDirectoryPortContract(name: string, make: () => Promise<DirectoryFixture>): void {
  describe(`DirectoryPort contract: ${name}`, () => {
    it('resolves people by mail (any case), keyed by the lower-cased address, with the mail as email', async () => {
      const f = await make();
      const asked = [f.plain.mail.toUpperCase(), f.upnDiffers.mail, f.guest.mail];
      const r = await f.port.resolveUsers(asked);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      for (const p of [f.plain, f.upnDiffers, f.guest])
        expect(r.value[p.mail.toLowerCase()]).toMatchObject({ id: p.id, email: p.mail.toLowerCase() });
    });

    it('a UPN or an object id leads to the same person, still reported with their mail', async () => {
      const f = await make();
      const r = await f.port.resolveUsers([f.upnDiffers.upn, f.guest.id]);
      expect(r.ok && r.value[f.upnDiffers.upn.toLowerCase()]).toMatchObject({
        id: f.upnDiffers.id,
        email: f.upnDiffers.mail.toLowerCase(),
      });
      expect(r.ok && r.value[f.guest.id.toLowerCase()]).toMatchObject({
        id: f.guest.id,
        email: f.guest.mail.toLowerCase(),
      });
    });

    it('an unknown address is null, not an error', async () => {
      const f = await make();
      const r = await f.port.resolveUsers(['nobody@contoso.com']);
      expect(r.ok && r.value).toEqual({ 'nobody@contoso.com': null });
    });
  });
}
