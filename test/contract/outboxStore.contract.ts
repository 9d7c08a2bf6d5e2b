import { describe, expect, it } from 'vitest';
import type { OutboxStore } from '../../src/core/ports/OutboxStore';
import type { OutboxEntry } from '../../src/core/sync/OutboxEntry';

export interface OutboxBackend {
  /** Opens the SAME durable storage each time (a reopen is a restart). */
  open(): Promise<OutboxStore>;
  cleanup?(): void | Promise<void>;
}

export function sampleEntry(key: string, extra: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    key,
    item: {
      key, meetingId: 'm1', meetingTitle: '周会 <b>', meetingUrl: 'https://teams.example/m1', owner: { email: 'ann@contoso.example', name: 'Ann' },
      content: 'Send the budget', acceptance: 'CFO signed', due: '2026-03-14', timeZone: 'Asia/Shanghai', checklist: ['draft', 'review'], createdAt: '2026-03-10T09:00:00Z',
    },
    target: { meetingId: 'm1', groupId: 'g1', bucketName: 'Weekly' },
    state: 'queued',
    attempts: 0,
    updatedAt: 1_700_000_000_000,
    ...extra,
  };
}

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};

/** What the engine needs from durable outbox storage; run for every OutboxStore implementation. */
export function describeOutboxStoreContract(name: string, makeBackend: () => OutboxBackend | Promise<OutboxBackend>): void {
  describe(`OutboxStore contract: ${name}`, () => {
    it('starts empty and returns what was written, field for field', async () => {
      const b = await makeBackend();
      const s = await b.open();
      expect(unwrap(await s.list())).toEqual([]);
      const a = sampleEntry('k1');
      const c = sampleEntry('k2', {
        state: 'creating', createSent: true, createSentAt: 5, assigneeId: 'u1', attempts: 2, notBefore: 9,
        destination: { kind: 'todo', list: { id: 'l1', userId: 'u1', name: 'Tasks' } }, lastError: { kind: 'throttled', retryAfterMs: 1500, code: 429 },
        fallbackReason: { kind: 'forbidden', code: 403 },
      });
      unwrap(await s.putMany([a, c]));
      expect(unwrap(await s.get('k2'))).toEqual(c);
      expect(unwrap(await s.get('nope'))).toBeUndefined();
      expect(unwrap(await s.list()).sort((x, y) => x.key.localeCompare(y.key))).toEqual([a, c]);
      await b.cleanup?.();
    });

    it('replaces by key and deletes', async () => {
      const b = await makeBackend();
      const s = await b.open();
      unwrap(await s.putMany([sampleEntry('k1'), sampleEntry('k2')]));
      unwrap(await s.putMany([sampleEntry('k1', { state: 'synced', taskId: 't1' })]));
      unwrap(await s.delete('k2'));
      expect(unwrap(await s.list())).toEqual([sampleEntry('k1', { state: 'synced', taskId: 't1' })]);
      await b.cleanup?.();
    });

    it('survives a restart (a new store over the same storage sees every acknowledged write)', async () => {
      const b = await makeBackend();
      const s1 = await b.open();
      unwrap(await s1.putMany(Array.from({ length: 50 }, (_, i) => sampleEntry(`k${i}`, { attempts: i }))));
      unwrap(await s1.putMany([sampleEntry('k7', { state: 'created', taskId: 'task-7' })]));
      const s2 = await b.open();
      const all = unwrap(await s2.list());
      expect(all).toHaveLength(50);
      expect(all.find((e) => e.key === 'k7')).toMatchObject({ state: 'created', taskId: 'task-7' });
      await b.cleanup?.();
    });

    it('hands out copies: mutating a returned entry does not change storage', async () => {
      const b = await makeBackend();
      const s = await b.open();
      unwrap(await s.putMany([sampleEntry('k1')]));
      const got = unwrap(await s.get('k1'))!;
      got.state = 'synced';
      got.item.checklist!.push('sneaky');
      expect(unwrap(await s.get('k1'))).toEqual(sampleEntry('k1'));
      await b.cleanup?.();
    });

    it('keeps every write of concurrent putMany calls', async () => {
      const b = await makeBackend();
      const s = await b.open();
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => s.putMany([sampleEntry(`c${i}`)])));
      expect(results.every((r) => r.ok)).toBe(true);
      expect(unwrap(await s.list())).toHaveLength(10);
      await b.cleanup?.();
    });
  });
}
