// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultTabSettings, loadTab, saveTab, tabFrameUrl } from './workbenchTab';

describe('the simulated meeting tab', () => {
  it('keeps what the configuration page saved, per meeting', () => {
    const store = window.sessionStorage;
    saveTab(store, 'm1', {
      contentUrl: 'http://localhost/meeting.html?plan=P1',
      entityId: 'meetingguard-P1',
    });
    saveTab(store, 'm1', { nothing: 'to keep' });
    expect(loadTab(store, 'm1')).toEqual({
      contentUrl: 'http://localhost/meeting.html?plan=P1',
      settings: { contentUrl: 'http://localhost/meeting.html?plan=P1', entityId: 'meetingguard-P1' },
    });
    expect(loadTab(store, 'm2')).toBeUndefined();
  });

  it("runs the saved URL with the frame's own parameters, but the plan is the tab's alone", () => {
    const frame = new URLSearchParams({
      graph: '/graph/v1.0',
      user: 'a@contoso.com',
      plan: 'DEFAULT',
      group: 'G0',
    });
    expect(tabFrameUrl('http://localhost/meeting.html?plan=P1', frame)).toBe(
      'http://localhost/meeting.html?plan=P1&graph=%2Fgraph%2Fv1.0&user=a%40contoso.com',
    );
    // A tab saved with "decide later" has no plan, and the workbench's default plan must not sneak in.
    expect(tabFrameUrl('http://localhost/meeting.html', frame)).not.toContain('plan=');
  });

  it('a tab added before the workbench opened points at the meeting page with the URL plan', () => {
    expect(defaultTabSettings(new URLSearchParams({ plan: 'P9', graph: '/g' }))).toMatchObject({
      contentUrl: expect.stringMatching(/\/meeting\.html\?plan=P9$/),
      entityId: 'meetingguard',
    });
  });
});
