import { describe, expect, it } from 'vitest';
import { trimTrailingSlashes } from './trimTrailingSlashes';

describe('trimTrailingSlashes', () => {
  it.each([
    ['https://graph.microsoft.com/v1.0/', 'https://graph.microsoft.com/v1.0'],
    ['a///', 'a'],
    ['a/b', 'a/b'],
    ['///', ''],
    ['', ''],
    ['/a/', '/a'],
  ])('%s', (input, want) => {
    expect(trimTrailingSlashes(input)).toBe(want);
    expect(trimTrailingSlashes(input)).toBe(input.replace(/\/+$/, ''));
  });
  it('handles 100,000 slashes followed by a character and by nothing', () => {
    expect(trimTrailingSlashes('/'.repeat(100_000) + 'x')).toHaveLength(100_001);
    expect(trimTrailingSlashes('/'.repeat(100_000))).toBe('');
  });
});
