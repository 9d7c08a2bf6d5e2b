import { describe, expect, it } from 'vitest';
import type { MailPort } from '../../src/core/ports/MailPort';

export interface MailFixture {
  mail: MailPort;
  /** Messages sent so far (the fake's log or the emulator's store). */
  sentCount(): Promise<number>;
  lastSubject(): Promise<string | undefined>;
  close?: () => Promise<void>;
}

export function describeMailPortContract(name: string, make: () => Promise<MailFixture>): void {
  const withFixture = (fn: (f: MailFixture) => Promise<void>) => async () => {
    const f = await make();
    try {
      await fn(f);
    } finally {
      await f.close?.();
    }
  };

  describe(`MailPort contract: ${name}`, () => {
    it(
      'sends one message',
      withFixture(async (f) => {
        const before = await f.sentCount();
        const r = await f.mail.sendMail({ to: ['adele@contoso.com'], cc: ['alex@contoso.com'], subject: '会议纪要 — Weekly sync', body: { contentType: 'html', content: '<p>Minutes</p>' } });
        expect(r.ok).toBe(true);
        expect(await f.sentCount()).toBe(before + 1);
        expect(await f.lastSubject()).toBe('会议纪要 — Weekly sync');
      }),
    );

    it.each([
      ['no recipients', { to: [] as string[], subject: 's' }],
      ['a bad address', { to: ['not-an-address'], subject: 's' }],
      ['an empty subject', { to: ['adele@contoso.com'], subject: '  ' }],
    ])('refuses %s without sending', async (_label, m) => {
      const f = await make();
      try {
        const before = await f.sentCount();
        const r = await f.mail.sendMail({ ...m, body: { contentType: 'text', content: 'x' } });
        expect(!r.ok && r.error.kind).toBe('bad-request');
        expect(await f.sentCount()).toBe(before);
      } finally {
        await f.close?.();
      }
    });
  });
}
