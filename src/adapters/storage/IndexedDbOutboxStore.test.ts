import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { sampleEntry } from '../../../test/contract/outboxStore.contract';
import { IndexedDbOutboxStore } from './IndexedDbOutboxStore';

describe('IndexedDbOutboxStore', () => {
  it('moves records that fail validation to quarantine and reports them', async () => {
    const name = 'outbox-quarantine';
    const opened = await IndexedDbOutboxStore.open(name);
    if (!opened.ok) throw new Error('open failed');
    const s = opened.value;
    await s.putMany([sampleEntry('good')]);
    // Anything on the origin can write to IndexedDB: simulate a tampered / old-schema record.
    const raw = await openDB(name, 1);
    await raw.put('entries', { key: 'evil', state: 'synced', item: '<img src=x onerror=alert(1)>' });
    raw.close();
    const listed = await s.list();
    expect(listed.ok && listed.value.map((e) => e.key)).toEqual(['good']);
    expect(s.problems).toHaveLength(1);
    const check = await openDB(name, 1);
    expect(await check.getAll('quarantine')).toEqual([expect.objectContaining({ raw: expect.objectContaining({ key: 'evil' }) })]);
    expect(await check.get('entries', 'evil')).toBeUndefined();
    check.close();
    s.close();
  });

  it('returns a storage error instead of throwing when the database is closed', async () => {
    const opened = await IndexedDbOutboxStore.open('outbox-closed');
    if (!opened.ok) throw new Error('open failed');
    opened.value.close();
    expect(await opened.value.putMany([sampleEntry('a')])).toMatchObject({ ok: false, error: { kind: 'unknown' } });
    expect(await opened.value.list()).toMatchObject({ ok: false });
  });
});
