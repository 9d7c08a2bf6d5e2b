import { describe, expect, it } from 'vitest';
import { planFromContentUrl, tabContentUrl, tabEntityId } from './tabContentUrl';

describe('the tab content URL carries the plan', () => {
  it('sets, replaces and clears plan and group, keeping the rest', () => {
    const page = 'https://app.contoso.example/meeting.html?lang=zh-CN&plan=OLD&group=G0';
    const url = tabContentUrl(page, { planId: 'P1', groupId: 'G1' });
    expect(url).toBe('https://app.contoso.example/meeting.html?lang=zh-CN&plan=P1&group=G1');
    expect(planFromContentUrl(url)).toEqual({ planId: 'P1', groupId: 'G1' });
    expect(tabContentUrl(page, undefined)).toBe('https://app.contoso.example/meeting.html?lang=zh-CN');
    expect(tabContentUrl(page, { planId: 'P2' })).toBe(
      'https://app.contoso.example/meeting.html?lang=zh-CN&plan=P2',
    );
  });

  it('reads nothing from a missing or unreadable URL', () => {
    expect(planFromContentUrl(undefined)).toEqual({});
    expect(planFromContentUrl('not a url')).toEqual({});
  });

  it('names the tab entity after its plan', () => {
    expect(tabEntityId({ planId: 'P1' })).toBe('meetingguard-P1');
    expect(tabEntityId(undefined)).toBe('meetingguard');
  });
});
