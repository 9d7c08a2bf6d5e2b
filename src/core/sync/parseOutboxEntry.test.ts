import { describe, expect, it } from 'vitest';
import { sampleEntry } from '../../../test/contract/outboxStore.contract';
import { parseOutboxEntry } from './parseOutboxEntry';

describe('parseOutboxEntry', () => {
  it('accepts a well-formed entry unchanged', () => {
    const e = sampleEntry('k', { state: 'synced', taskId: 't', destination: { kind: 'planner', planId: 'p', bucketId: 'b' } });
    expect(parseOutboxEntry(e)).toEqual({ ok: true, value: e });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['no key', { ...sampleEntry('k'), key: '' }],
    ['item key differs', { ...sampleEntry('k'), item: { ...sampleEntry('other').item } }],
    ['unknown state', { ...sampleEntry('k'), state: 'teleported' }],
    ['negative attempts', { ...sampleEntry('k'), attempts: -1 }],
    ['synced without task id', { ...sampleEntry('k'), state: 'synced' }],
    ['checklist of numbers', { ...sampleEntry('k'), item: { ...sampleEntry('k').item, checklist: [1, 2] } }],
    ['bad destination', { ...sampleEntry('k'), destination: { kind: 'planner', planId: 1 } }],
    ['markup where an object belongs', { ...sampleEntry('k'), item: '<img src=x onerror=alert(1)>' }],
    ['NaN time', { ...sampleEntry('k'), notBefore: Number.NaN }],
  ])('rejects %s', (_name, raw) => {
    expect(parseOutboxEntry(raw)).toMatchObject({ ok: false, error: { code: 'corrupt-outbox-entry' } });
  });
});
