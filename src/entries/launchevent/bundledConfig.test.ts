import { describe, expect, it } from 'vitest';
import { bundledConfig } from './bundledConfig';

describe('bundledConfig', () => {
  it('the shipped policy.json and sendguard.json parse without a problem', () => {
    const c = bundledConfig();
    expect(c.problems).toEqual([]);
    expect(c.orgPolicy.blockedSlots.map((s) => `${s.day} ${s.start}-${s.end}`)).toEqual([
      'monday 00:00-12:00',
      'friday 12:00-24:00',
    ]);
    expect(c.settings.commandId).toBe('mgCheckInviteButton');
  });
});
