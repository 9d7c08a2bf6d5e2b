import { describe, expect, it } from 'vitest';
import { trimTrailing } from './trimTrailing';

describe('trimTrailing', () => {
  it.each([
    ['abc==', '=', 'abc'],
    ['abc', '=', 'abc'],
    ['====', '=', ''],
    ['', '=', ''],
    ['a=b=', '=', 'a=b'],
    ['x//', '/', 'x'],
  ])('%j without trailing %j is %j', (s, c, want) => {
    expect(trimTrailing(s, c)).toBe(want);
  });

  it('takes a long run without going quadratic (finishes, keeps the head)', () => {
    expect(trimTrailing(`a${'='.repeat(200_000)}`, '=')).toBe('a');
  });
});
