import { createOfficeComposeItem } from '../../src/adapters/office/createOfficeComposeItem';
import { createFakeOfficeHost } from '../../src/adapters/fakes/office/createFakeOfficeHost';
import type { FakeRecipient } from '../../src/adapters/fakes/office/FakeAppointment';
import { CONTRACT_SEED, type ComposeHarness, type ComposeHarnessOptions } from './composeItemPort.contract';
import { manualTimers } from './manualTimers';

const KIND: Record<string, FakeRecipient['kind']> = { user: 'user', other: 'room', externalUser: 'external' };

export function fakeHostHarness(options: ComposeHarnessOptions = {}): ComposeHarness {
  const s = CONTRACT_SEED;
  const host = createFakeOfficeHost(
    {
      subject: s.subject,
      start: s.start,
      end: s.end,
      location: s.location,
      rooms: [],
      organizer: { ...s.organizer },
      required: s.required.map((r) => ({
        email: r.email,
        name: r.name,
        kind: KIND[r.recipientType] ?? 'user',
      })),
      optional: s.optional.map((r) => ({
        email: r.email,
        name: r.name,
        kind: KIND[r.recipientType] ?? 'user',
      })),
      bodyHtml: s.bodyHtml,
      attachments: s.attachments.map((a) => ({ ...a })),
      recurrence: { recurrenceType: s.recurrence.recurrenceType, days: [...s.recurrence.days] },
    },
    { timeZone: options.timeZone ?? s.timeZone },
  );
  if (options.noItem) host.office.context.mailbox!.item = null;
  const timers = manualTimers();
  const port = createOfficeComposeItem(host.office, { timers, bodyPollMs: 1000 });
  return {
    port,
    bodyHtml: () => host.snapshot().bodyHtml,
    subject: () => host.snapshot().subject,
    location: () => host.snapshot().location,
    times: () => ({ start: host.snapshot().start, end: host.snapshot().end }),
    infoBars: () => host.infoBars().map(({ key, type, message }) => ({ key, type, message })),
    userMovesTime: (start, end) => host.set({ start, end }),
    userEditsBody: (html) => host.set({ bodyHtml: html }),
    failBodyRead: () =>
      host.fail('body.getAsync:html', {
        name: 'GenericResponseError',
        message: 'html read failed',
        code: 9020,
      }),
    failStartRead: () =>
      host.fail('start.getAsync', { name: 'InternalError', message: 'start unavailable', code: 5001 }),
    tickPoll: () => timers.tick(),
  };
}
