import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeOutboxStore } from '../../src/adapters/fakes/FakeOutboxStore';
import { FileOutboxStore } from '../../src/adapters/storage/FileOutboxStore';
import { IndexedDbOutboxStore } from '../../src/adapters/storage/IndexedDbOutboxStore';
import { describeOutboxStoreContract } from './outboxStore.contract';

let n = 0;

describeOutboxStoreContract('IndexedDbOutboxStore (fake-indexeddb)', () => {
  const name = `outbox-contract-${++n}`;
  const opened: IndexedDbOutboxStore[] = [];
  return {
    async open() {
      const r = await IndexedDbOutboxStore.open(name);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      opened.push(r.value);
      return r.value;
    },
    cleanup: () => opened.forEach((s) => s.close()),
  };
});

describeOutboxStoreContract('FileOutboxStore', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mg-outbox-'));
  return { open: async () => new FileOutboxStore(join(dir, 'outbox.json')), cleanup: () => rm(dir, { recursive: true, force: true }) };
});

describeOutboxStoreContract('FakeOutboxStore', () => {
  const store = new FakeOutboxStore();
  return { open: async () => store };
});
