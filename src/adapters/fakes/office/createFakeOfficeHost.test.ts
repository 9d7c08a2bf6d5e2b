import { describe, expect, it } from 'vitest';
import { Script, createContext } from 'node:vm';
import { createOfficeComposeItem } from '../../office/createOfficeComposeItem';
import { createFakeOfficeHost } from './createFakeOfficeHost';
import { emptyAppointment } from './FakeAppointment';

const tick = () => new Promise((r) => setTimeout(r, 0));

function host() {
  return createFakeOfficeHost(
    { ...emptyAppointment(new Date('2026-12-01T00:00:00Z')), subject: 'Weekly', bodyHtml: '<p>hi</p>' },
    {
      timeZone: 'Pacific Standard Time',
      displayLanguage: 'zh-CN',
      roamingSettings: { 'mg.userPolicy': '{"maxAttendees":5}' },
    },
  );
}

describe('createFakeOfficeHost', () => {
  it('answers through callbacks later, never synchronously, with asyncContext', async () => {
    const h = host();
    let got: unknown = 'not yet';
    h.office.context.mailbox!.item!.subject.getAsync(
      { asyncContext: 42 },
      (r) => (got = [r.status, r.value, r.asyncContext]),
    );
    expect(got).toBe('not yet');
    await tick();
    expect(got).toEqual(['succeeded', 'Weekly', 42]);
  });

  it('raises the matching item event for each kind of form change, and notifies subscribers', async () => {
    const h = host();
    const events: string[] = [];
    const item = h.office.context.mailbox!.item!;
    for (const t of Object.values(h.office.EventType))
      await new Promise((done) =>
        item.addHandlerAsync!(t, (a: { type: string }) => events.push(a.type), done),
      );
    let notified = 0;
    h.subscribe(() => (notified += 1));
    await tick();
    h.set({ start: '2026-12-02T01:00:00Z', end: '2026-12-02T02:00:00Z' });
    h.set({ required: [{ email: 'a@x.example' }] });
    h.set({ recurrence: { recurrenceType: 'weekly', days: ['mon'] } });
    h.set({ attachments: [{ name: 'a.pdf' }] });
    h.set({ rooms: [{ displayName: 'R1', email: 'r1@x.example' }] });
    h.set({ bodyHtml: '<p>no event for body</p>' });
    await tick();
    expect(events).toEqual([
      'olkAppointmentTimeChanged',
      'olkRecipientsChanged',
      'olkRecurrenceChanged',
      'olkAttachmentsChanged',
      'olkEnhancedLocationsChanged',
    ]);
    expect(notified).toBe(6);
  });

  it('validates info bars like Outlook: 150 chars, icon rules, five at most', async () => {
    const h = host();
    const bars = h.office.context.mailbox!.item!.notificationMessages;
    expect(() => bars.replaceAsync('k', { type: 'errorMessage', message: 'x'.repeat(151) })).toThrow(/150/);
    expect(() => bars.replaceAsync('k', { type: 'errorMessage', message: 'x', icon: 'icon-16' })).toThrow();
    expect(() => bars.replaceAsync('k', { type: 'informationalMessage', message: 'x' })).toThrow();
    const results: string[] = [];
    for (let i = 0; i < 6; i++) {
      await new Promise<void>((done) =>
        bars.replaceAsync(`k${i}`, { type: 'errorMessage', message: `m${i}` }, (r) =>
          done(void results.push(String(r.status))),
        ),
      );
    }
    expect(results).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded', 'failed']);
    expect(h.infoBars()).toHaveLength(5);
  });

  it('fails calls beyond three in flight, which the adapter never reaches', async () => {
    const raw = host();
    const statuses: string[] = [];
    for (let i = 0; i < 4; i++)
      raw.office.context.mailbox!.item!.subject.getAsync((r) => statuses.push(String(r.status)));
    await tick();
    expect(statuses).toEqual(['succeeded', 'succeeded', 'succeeded', 'failed']);
    const h = host();
    const r = await createOfficeComposeItem(h.office, { bodyPollMs: 0 }).readInvite();
    expect(r.ok).toBe(true);
    expect(h.stats().peakInFlight).toBeLessThanOrEqual(3);
  });

  it('moves the end with the start, as Outlook keeps the duration', async () => {
    const h = host();
    const before = h.snapshot();
    const duration = Date.parse(before.end) - Date.parse(before.start);
    await new Promise((r) =>
      h.office.context.mailbox!.item!.start.setAsync(new Date('2026-12-09T01:00:00Z'), r),
    );
    expect(Date.parse(h.snapshot().end) - Date.parse(h.snapshot().start)).toBe(duration);
  });

  it('gives another realm Dates of its own, and exposes profile, language, roaming settings, requirements', async () => {
    const h = host();
    const realm = createContext({});
    const frameDate = new Script('Date').runInContext(realm) as DateConstructor;
    const office = h.forFrame({ Date: frameDate });
    const d = await new Promise<unknown>((res) =>
      office.context.mailbox!.item!.start.getAsync((r) => res(r.value)),
    );
    expect(d instanceof frameDate).toBe(true);
    expect(d instanceof Date).toBe(false);
    expect(office.context.displayLanguage).toBe('zh-CN');
    expect(office.context.mailbox!.userProfile!.timeZone).toBe('Pacific Standard Time');
    expect(office.context.roamingSettings.get('mg.userPolicy')).toBe('{"maxAttendees":5}');
    expect(office.context.requirements.isSetSupported('Mailbox', '1.12')).toBe(true);
    expect(office.context.requirements.isSetSupported('Mailbox', '1.16')).toBe(false);
    expect(await office.onReady()).toEqual({ host: 'Outlook', platform: 'OfficeOnline' });
    office.actions.associate('x', () => undefined);
    expect([...h.actions.keys()]).toEqual(['x']);
  });

  it('hangs a call on request, so callers can test their own timeouts', async () => {
    const h = host();
    h.fail('subject.getAsync', 'hang');
    let answered = false;
    h.office.context.mailbox!.item!.subject.getAsync(() => (answered = true));
    await tick();
    expect(answered).toBe(false);
  });
});
