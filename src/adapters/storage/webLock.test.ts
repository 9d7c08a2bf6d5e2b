import { describe, expect, it } from 'vitest';
import { webLock } from './webLock';

describe('webLock', () => {
  it('is undefined without navigator.locks', () => {
    expect(webLock('x', undefined)).toBeUndefined();
    expect(webLock('x', {})).toBeUndefined();
  });

  it('runs work through locks.request under the given name and returns its result', async () => {
    const names: string[] = [];
    const lock = webLock('outbox-a', { locks: { request: (name, cb) => (names.push(name), cb()) } });
    expect(await lock!(async () => 42)).toBe(42);
    expect(names).toEqual(['outbox-a']);
  });
});
