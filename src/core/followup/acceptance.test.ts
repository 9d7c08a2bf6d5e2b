import { describe, expect, it } from 'vitest';
import {
  acceptanceFor,
  declinedLabelPatch,
  formatAcceptance,
  MAX_REASON,
  parseAcceptance,
  withAcceptance,
} from './acceptance';

const AT = '2026-12-02T09:30:00.000Z';

describe('acceptance marker', () => {
  it('round-trips an acceptance and a decline with its reason', () => {
    const accepted = { state: 'accepted' as const, by: 'u-1', at: AT };
    expect(formatAcceptance(accepted)).toBe(`[Meeting Guard] accepted by u-1 at ${AT}`);
    expect(parseAcceptance(formatAcceptance(accepted))).toEqual(accepted);
    const declined = {
      state: 'declined' as const,
      by: 'u-2',
      at: AT,
      reason: 'Not my team: ask 韩梅 (finance)',
    };
    expect(parseAcceptance(formatAcceptance(declined))).toEqual(declined);
  });

  it('keeps the reason on one line, capped, and a colon inside it intact', () => {
    const line = formatAcceptance({ state: 'declined', by: 'u', at: AT, reason: ' two\nlines:\r\n here ' });
    expect(line).toBe(`[Meeting Guard] declined by u at ${AT}: two lines: here`);
    expect(parseAcceptance(line)?.reason).toBe('two lines: here');
    const long = formatAcceptance({ state: 'declined', by: 'u', at: AT, reason: 'x'.repeat(2000) });
    expect(parseAcceptance(long)?.reason).toHaveLength(MAX_REASON);
  });

  it('replaces the old marker and keeps the rest of the description', () => {
    const desc = 'Decided in Weekly sync\nAcceptance: reviewed by finance\n';
    const once = withAcceptance(desc, { state: 'declined', by: 'u', at: AT, reason: 'no time' });
    expect(once).toBe(
      `Decided in Weekly sync\nAcceptance: reviewed by finance\n[Meeting Guard] declined by u at ${AT}: no time`,
    );
    const twice = withAcceptance(once, { state: 'accepted', by: 'v', at: AT });
    expect(twice.split('\n')).toEqual([
      'Decided in Weekly sync',
      'Acceptance: reviewed by finance',
      `[Meeting Guard] accepted by v at ${AT}`,
    ]);
    expect(parseAcceptance(twice)).toEqual({ state: 'accepted', by: 'v', at: AT });
    expect(withAcceptance(twice, null)).toBe('Decided in Weekly sync\nAcceptance: reviewed by finance');
  });

  it('ignores text that only looks like a marker', () => {
    for (const d of [
      '',
      '[Meeting Guard] maybe by u at 2026',
      `[Meeting Guard] accepted by u at not-a-date`,
      `[Meeting Guard] accepted by  at ${AT}`,
      `x [Meeting Guard] accepted by u at ${AT}`,
    ]) {
      expect(parseAcceptance(d)).toBeNull();
    }
  });

  it('counts only while the author is still an owner, and flags declines with a label', () => {
    const d = parseAcceptance(formatAcceptance({ state: 'declined', by: 'u', at: AT, reason: 'r' }));
    expect(acceptanceFor(d, ['u'])).toMatchObject({ state: 'declined', reason: 'r' });
    expect(acceptanceFor(d, ['v'])).toEqual({ state: 'pending' });
    expect(acceptanceFor(null, ['u'])).toEqual({ state: 'pending' });
    expect(declinedLabelPatch('declined')).toEqual({ appliedCategories: { category25: true } });
    expect(declinedLabelPatch('accepted')).toEqual({ appliedCategories: { category25: false } });
  });
});
