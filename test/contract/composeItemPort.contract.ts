import { describe, expect, it } from 'vitest';
import type { ComposeItemPort } from '../../src/core/ports/ComposeItemPort';

/** The appointment every harness starts from (Wednesday 2 Dec 2026, 10:00–11:00 in Shanghai). */
export const CONTRACT_SEED = {
  subject: '需求评审 Requirements review',
  start: '2026-12-02T02:00:00.000Z',
  end: '2026-12-02T03:00:00.000Z',
  timeZone: 'China Standard Time',
  location: 'Room 5F',
  organizer: { email: 'li.lei@contoso.example', name: 'Li Lei' },
  required: [
    { email: 'han.mei@contoso.example', name: 'Han Mei', recipientType: 'user' },
    { email: 'room-5f@contoso.example', name: 'Room 5F', recipientType: 'other' },
  ],
  optional: [{ email: 'guest@fabrikam.example', name: 'Guest', recipientType: 'externalUser' }],
  bodyHtml:
    '<html><body><p>Goal: decide the Q1 scope</p><ul><li>Agenda</li></ul>' +
    '<p><a href="https://contoso.sharepoint.com/spec.docx">spec</a></p>' +
    '<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc/0">Join</a></p></body></html>',
  attachments: [{ name: 'pre-read.pdf', size: 2048 }],
  recurrence: { recurrenceType: 'weekly', days: ['wed', 'mon'] },
} as const;

export interface ComposeHarnessOptions {
  /** userProfile.timeZone override (e.g. an unknown name to test the fallback). */
  timeZone?: string;
  /** No item at all (Office.context.mailbox.item is null). */
  noItem?: boolean;
}

/** Host-side view of a harness: what the user sees in the form, and what the user can do to it. */
export interface ComposeHarness {
  port: ComposeItemPort;
  bodyHtml(): string;
  subject(): string;
  location(): string;
  times(): { start: string; end: string };
  infoBars(): Array<{ key: string; type: string; message: string }>;
  /** The user moves the meeting in the form (the host raises AppointmentTimeChanged). */
  userMovesTime(start: string, end: string): void;
  /** The user types in the body (no event: only polling sees it). */
  userEditsBody(html: string): void;
  /** The next body reads of the given coercion fail. */
  failBodyRead(coercion: 'html'): void;
  failStartRead(): void;
  /** Runs one body-poll tick and waits for it to settle. */
  tickPoll(): Promise<void>;
}

export type HarnessFactory = (options?: ComposeHarnessOptions) => ComposeHarness;

const settle = () => new Promise((r) => setTimeout(r, 0));

/** The behaviour every ComposeItemPort implementation must share, run over each host. */
export function describeComposeItemPort(name: string, make: HarnessFactory): void {
  describe(`ComposeItemPort contract: ${name}`, () => {
    it('reads the appointment into an Invite', async () => {
      const h = make();
      const r = await h.port.readInvite();
      if (!r.ok) throw new Error(r.error.detail);
      const inv = r.value;
      expect(inv.source).toBe('outlook');
      expect(inv.subject).toBe(CONTRACT_SEED.subject);
      expect(inv.start).toBe(CONTRACT_SEED.start);
      expect(inv.end).toBe(CONTRACT_SEED.end);
      expect(inv.timeZone).toBe('Asia/Shanghai');
      expect(inv.organizer).toEqual({ email: 'li.lei@contoso.example', name: 'Li Lei', role: 'organizer' });
      expect(inv.attendees.map((p) => [p.email, p.role])).toEqual([
        ['han.mei@contoso.example', 'required'],
        ['room-5f@contoso.example', 'resource'],
        ['guest@fabrikam.example', 'optional'],
      ]);
      expect(inv.location).toBe('Room 5F');
      expect(inv.isOnline).toBe(true);
      expect(inv.onlineJoinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
      expect(inv.body.text).toContain('Goal: decide the Q1 scope');
      expect(inv.body.links).toContain('https://contoso.sharepoint.com/spec.docx');
      expect(inv.attachments.map((a) => a.name)).toEqual(['pre-read.pdf']);
      expect(inv.recurrence).toEqual({ daysOfWeek: ['monday', 'wednesday'] });
      expect(inv.isAllDay).toBe(false);
      expect(inv.isCancelled).toBe(false);
    });

    it('falls back to the given zone when the mailbox zone is unknown, then to UTC', async () => {
      const h = make({ timeZone: 'Mars Standard Time' });
      const withFallback = await h.port.readInvite({ fallbackZone: 'Europe/London' });
      expect(withFallback.ok && withFallback.value.timeZone).toBe('Europe/London');
      const without = await h.port.readInvite();
      expect(without.ok && without.value.timeZone).toBe('UTC');
    });

    it('reads the body as text when the HTML read fails', async () => {
      const h = make();
      h.failBodyRead('html');
      const r = await h.port.readInvite();
      expect(r.ok && r.value.body.text).toContain('decide the Q1 scope');
    });

    it('returns an error, not a throw, when the start cannot be read or there is no item', async () => {
      const h = make();
      h.failStartRead();
      const r = await h.port.readInvite();
      expect(r.ok).toBe(false);
      const none = await make({ noItem: true }).port.readInvite();
      expect(none.ok ? 'ok' : none.error.kind).toBe('item-unavailable');
      const write = await make({ noItem: true }).port.setSubject('x');
      expect(write.ok ? 'ok' : write.error.kind).toBe('item-unavailable');
    });

    it('writes the body: prepend, append, replace', async () => {
      const h = make();
      expect((await h.port.prependBody('<p>Goal: first</p>')).ok).toBe(true);
      expect(h.bodyHtml()).toMatch(/<p>Goal: first<\/p>.*decide the Q1 scope/s);
      expect((await h.port.appendBody('<p>No pre-reads</p>')).ok).toBe(true);
      expect(h.bodyHtml()).toMatch(/Join<\/a><\/p><p>No pre-reads<\/p><\/body>/);
      const got = await h.port.getBodyHtml();
      expect(got.ok && got.value).toBe(h.bodyHtml());
      expect((await h.port.setBody('<p>only</p>')).ok).toBe(true);
      expect(h.bodyHtml()).toBe('<p>only</p>');
    });

    it('moves the meeting and rejects an end before the start', async () => {
      const h = make();
      const start = new Date('2026-12-03T06:00:00.000Z');
      const end = new Date('2026-12-03T07:30:00.000Z');
      expect((await h.port.setTimes(start, end)).ok).toBe(true);
      expect(h.times()).toEqual({ start: start.toISOString(), end: end.toISOString() });
      const bad = await h.port.setTimes(end, start);
      expect(bad.ok ? 'ok' : bad.error.kind).toBe('bad-request');
      expect(h.times().start).toBe(start.toISOString());
    });

    it('sets subject and location, clipped to 255 chars', async () => {
      const h = make();
      await h.port.setSubject('Decision: Q1 scope');
      await h.port.setLocation('x'.repeat(300));
      expect(h.subject()).toBe('Decision: Q1 scope');
      expect(Array.from(h.location())).toHaveLength(255);
    });

    it('shows, replaces and removes info bars; messages fit in 150 chars', async () => {
      const h = make();
      expect(
        (await h.port.showInfoBar('mgSlot', { type: 'error', message: 'Friday afternoon is blocked' })).ok,
      ).toBe(true);
      expect(
        (await h.port.showInfoBar('mgSlot', { type: 'informational', message: '周五下午'.repeat(60) })).ok,
      ).toBe(true);
      const bars = h.infoBars();
      expect(bars).toHaveLength(1);
      expect(bars[0]?.type).toBe('informationalMessage');
      expect(Array.from(bars[0]?.message ?? '').length).toBeLessThanOrEqual(150);
      expect((await h.port.removeInfoBar('mgSlot')).ok).toBe(true);
      expect(h.infoBars()).toHaveLength(0);
      expect((await h.port.removeInfoBar('mgSlot')).ok).toBe(true);
    });

    it('reports time changes and polled body edits until unsubscribed', async () => {
      const h = make();
      const seen: string[] = [];
      const off = h.port.onChange((c) => seen.push(c.kind));
      await settle();
      await h.tickPoll();
      h.userMovesTime('2026-12-02T03:00:00.000Z', '2026-12-02T04:00:00.000Z');
      await settle();
      h.userEditsBody('<p>Goal: decide</p>');
      await h.tickPoll();
      await h.tickPoll();
      expect(seen).toEqual(['time', 'body']);
      off();
      h.userMovesTime('2026-12-02T05:00:00.000Z', '2026-12-02T06:00:00.000Z');
      h.userEditsBody('<p>later</p>');
      await h.tickPoll();
      expect(seen).toEqual(['time', 'body']);
    });
  });
}
