import { describe, expect, it } from 'vitest';
import type { ServicePorts } from '../../src/core/ports/ServicePorts';
import type { ClaimScope } from '../../src/core/service/ServiceIntent';

export interface ServiceFixture {
  ports: ServicePorts;
  groupId: string;
  organizerId: string;
  mailFromId: string;
  /** A new meeting in the organizer's calendar (starting in a few days); its mailbox id. */
  createEvent(subject: string): Promise<string>;
  /** An edit to it (a new version). */
  editEvent(id: string, subject: string): Promise<void>;
  /** Feed items the recipient has (a resend with the same chainId is not a new one). */
  feedCount(recipientId: string): Promise<number>;
  close?: () => Promise<void>;
}

const window = () => ({
  start: new Date(Date.now() - 86_400_000).toISOString(),
  end: new Date(Date.now() + 60 * 86_400_000).toISOString(),
});

/** The follow-up service's ports: the same answers from the in-memory fake and from the adapters on the emulator. */
export function describeServicePortsContract(name: string, make: () => Promise<ServiceFixture>): void {
  const withFixture = (fn: (f: ServiceFixture) => Promise<void>) => async () => {
    const f = await make();
    try {
      await fn(f);
    } finally {
      await f.close?.();
    }
  };

  describe(`ServicePorts contract: ${name}`, () => {
    it(
      'lists the group members with a zone and a language',
      withFixture(async (f) => {
        const r = await f.ports.members.listMembers(f.groupId);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const org = r.value.find((p) => p.id === f.organizerId);
        expect(org?.timeZone).toMatch(/\//);
        expect(['en-US', 'zh-CN']).toContain(org?.lang);
      }),
    );

    it(
      'delta: a first round sees the event, the next sees nothing, an edit is seen again',
      withFixture(async (f) => {
        const id = await f.createEvent('Contract sync');
        const first = (await f.ports.calendar.delta([{ userId: f.organizerId, window: window() }]))[0]!;
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(first.value.events.map((e) => e.id)).toContain(id);
        const again = (
          await f.ports.calendar.delta([
            { userId: f.organizerId, token: first.value.token, window: window() },
          ])
        )[0]!;
        expect(again.ok && again.value.events.map((e) => e.id)).toEqual([]);
        await f.editEvent(id, 'Contract sync (moved)');
        const edited = (
          await f.ports.calendar.delta([
            { userId: f.organizerId, token: again.ok ? again.value.token : '', window: window() },
          ])
        )[0]!;
        expect(edited.ok && edited.value.events.map((e) => e.subject)).toEqual(['Contract sync (moved)']);
      }),
    );

    it(
      'claims: create once, If-Match refuses a stale ETag, the winner reads back',
      withFixture(async (f) => {
        const id = await f.createEvent('Contract claims');
        for (const scope of [
          { kind: 'event', userId: f.organizerId, eventId: id },
          { kind: 'user', userId: f.organizerId },
        ] as ClaimScope[]) {
          const empty = await f.ports.claims.read(scope);
          expect(empty.ok && empty.value).toEqual({ etag: null, claims: {} });
          const claim = { s: 'p' as const, by: 'a', until: 1, end: Date.now() + 86_400_000 };
          const made = await f.ports.claims.write(scope, { k: claim }, null);
          expect(made.ok).toBe(true);
          const twice = await f.ports.claims.write(scope, { k: claim }, null);
          expect(!twice.ok && twice.error.kind).toBe('conflict');
          const read = await f.ports.claims.read(scope);
          if (!read.ok || !read.value.etag) throw new Error('no etag after create');
          const win = await f.ports.claims.write(scope, { k: { ...claim, s: 'd' } }, read.value.etag);
          expect(win.ok).toBe(true);
          const stale = await f.ports.claims.write(scope, { k: claim }, read.value.etag);
          expect(!stale.ok && stale.error.kind).toBe('precondition-failed');
          const final = await f.ports.claims.read(scope);
          expect(final.ok && final.value.claims.k?.s).toBe('d');
        }
      }),
    );

    it(
      'activity feed: a resend with the same chainId replaces, a new chainId adds',
      withFixture(async (f) => {
        const before = await f.feedCount(f.organizerId);
        const note = {
          key: 'k1',
          recipientId: f.organizerId,
          activityType: 'followupReminder',
          previewText: 'Due soon',
          webUrl: 'https://teams.microsoft.com/l/entity/x',
          templateParameters: { title: 'Due soon', text: 'x' },
          chainId: 4242,
        };
        expect((await f.ports.notifier.sendActivity(note)).ok).toBe(true);
        expect((await f.ports.notifier.sendActivity(note)).ok).toBe(true);
        expect(await f.feedCount(f.organizerId)).toBe(before + 1);
        expect((await f.ports.notifier.sendActivity({ ...note, chainId: 4243 })).ok).toBe(true);
        expect(await f.feedCount(f.organizerId)).toBe(before + 2);
      }),
    );

    it(
      'mail: Sent Items finds a mail by its intent key, and only that one',
      withFixture(async (f) => {
        const key = `due-soon|t-${Date.now()}|2026-12-07`;
        expect((await f.ports.notifier.mailSent(f.mailFromId, key)).ok).toBe(true);
        expect(await f.ports.notifier.mailSent(f.mailFromId, key)).toEqual({ ok: true, value: false });
        expect(
          (
            await f.ports.notifier.sendMail({
              fromId: f.mailFromId,
              toAddress: 'zhang.wei@contoso.com',
              subject: 'Due soon',
              text: 'x',
              intentKey: key,
            })
          ).ok,
        ).toBe(true);
        expect(await f.ports.notifier.mailSent(f.mailFromId, key)).toEqual({ ok: true, value: true });
        expect(await f.ports.notifier.mailSent(f.mailFromId, `${key}'x`)).toEqual({ ok: true, value: false });
      }),
    );
  });
}
