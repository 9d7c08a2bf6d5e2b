import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleEntry } from '../../../test/contract/outboxStore.contract';
import { FileOutboxStore } from './FileOutboxStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mg-file-outbox-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FileOutboxStore', () => {
  it('leaves no temp files behind and writes plain JSON', async () => {
    const s = new FileOutboxStore(join(dir, 'outbox.json'));
    expect((await s.putMany([sampleEntry('a')])).ok).toBe(true);
    expect(await readdir(dir)).toEqual(['outbox.json']);
    expect(JSON.parse(await readFile(join(dir, 'outbox.json'), 'utf8')).entries[0].key).toBe('a');
  });

  it('ignores a torn temp file left by a crash mid-write (the old file is intact)', async () => {
    const path = join(dir, 'outbox.json');
    await new FileOutboxStore(path).putMany([sampleEntry('a')]);
    await writeFile(`${path}.999.1.tmp`, '{"entries":[{"key":"half');
    const r = await new FileOutboxStore(path).list();
    expect(r.ok && r.value.map((e) => e.key)).toEqual(['a']);
  });

  it('quarantines invalid records instead of dropping them, and reports them', async () => {
    const path = join(dir, 'outbox.json');
    await writeFile(path, JSON.stringify({ version: 1, entries: [sampleEntry('good'), { key: 'bad', state: 'teleported' }], quarantine: [] }));
    const s = new FileOutboxStore(path);
    const r = await s.list();
    expect(r.ok && r.value.map((e) => e.key)).toEqual(['good']);
    expect(s.problems).toEqual([expect.objectContaining({ code: 'corrupt-outbox-entry' })]);
    await s.putMany([sampleEntry('next')]);
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.quarantine).toEqual([{ key: 'bad', state: 'teleported' }]);
  });

  it('refuses to overwrite a file it cannot parse', async () => {
    const path = join(dir, 'outbox.json');
    await writeFile(path, 'not json at all');
    const s = new FileOutboxStore(path);
    expect(await s.putMany([sampleEntry('a')])).toMatchObject({ ok: false, error: { code: 'storage:corrupt' } });
    expect(await readFile(path, 'utf8')).toBe('not json at all');
  });

  it('reports a failed write as an error and keeps the last good state', async () => {
    const sub = join(dir, 'sub');
    const s = new FileOutboxStore(join(sub, 'outbox.json'));
    await s.putMany([sampleEntry('a')]);
    // The directory turns into a file: every write now fails, even for root.
    await rm(sub, { recursive: true });
    await writeFile(sub, 'in the way');
    const r = await s.putMany([sampleEntry('b')]);
    expect(r).toMatchObject({ ok: false, error: { kind: 'unknown' } });
    const listed = await s.list();
    expect(listed.ok && listed.value.map((e) => e.key)).toEqual(['a']);
  });
});
