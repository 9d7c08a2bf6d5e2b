import { OfficeMockObject } from 'office-addin-mock';
import { createOfficeComposeItem } from '../../src/adapters/office/createOfficeComposeItem';
import type { OfficeLike } from '../../src/adapters/office/officeTypes';
import { CONTRACT_SEED, type ComposeHarness, type ComposeHarnessOptions } from './composeItemPort.contract';
import { manualTimers } from './manualTimers';

type Cb = (r: { status: string; value?: unknown; error?: unknown }) => void;

/**
 * office-addin-mock has no Outlook model: every getAsync/setAsync here is hand-written over a plain
 * record, as Microsoft's unit-testing guide does. Callbacks are deferred like Office's.
 */
export function officeAddinMockHarness(options: ComposeHarnessOptions = {}): ComposeHarness {
  const s = CONTRACT_SEED;
  const state = {
    subject: s.subject as string,
    start: new Date(s.start),
    end: new Date(s.end),
    location: s.location as string,
    bodyHtml: s.bodyHtml as string,
    bars: new Map<string, { key: string; type: string; message: string }>(),
    handlers: new Map<string, (args: unknown) => void>(),
    failHtml: false,
    failStart: false,
  };
  const later = (cb: Cb | undefined, value: unknown) =>
    queueMicrotask(() => cb?.({ status: 'succeeded', value }));
  const failed = (cb: Cb | undefined, name: string) =>
    queueMicrotask(() => cb?.({ status: 'failed', error: { name, message: name, code: 9020 } }));
  const lastFn = (args: unknown[]) => args.findLast((a) => typeof a === 'function') as Cb | undefined;
  const recips = (list: ReadonlyArray<{ email: string; name: string; recipientType: string }>) =>
    list.map((r) => ({
      emailAddress: r.email,
      displayName: r.name,
      recipientType: r.recipientType,
      appointmentResponse: 'none',
    }));
  const toText = (html: string) => html.replace(/<\/p>|<\/li>/g, '\n').replace(/<[^>]+>/g, '');

  const seed = {
    host: 'outlook',
    context: {
      displayLanguage: 'en-US',
      mailbox: {
        userProfile: {
          timeZone: options.timeZone ?? s.timeZone,
          emailAddress: s.organizer.email,
          displayName: s.organizer.name,
        },
        item: {
          subject: {
            getAsync: (cb: Cb) => later(cb, state.subject),
            setAsync: (v: string, cb: Cb) => ((state.subject = v), later(cb, undefined)),
          },
          location: {
            getAsync: (cb: Cb) => later(cb, state.location),
            setAsync: (v: string, cb: Cb) => ((state.location = v), later(cb, undefined)),
          },
          start: {
            getAsync: (cb: Cb) =>
              state.failStart ? failed(cb, 'InternalError') : later(cb, new Date(state.start)),
            setAsync: (d: Date, cb: Cb) => {
              const duration = state.end.getTime() - state.start.getTime();
              state.start = new Date(d);
              state.end = new Date(d.getTime() + duration);
              later(cb, undefined);
            },
          },
          end: {
            getAsync: (cb: Cb) => later(cb, new Date(state.end)),
            setAsync: (d: Date, cb: Cb) => ((state.end = new Date(d)), later(cb, undefined)),
          },
          organizer: {
            getAsync: (cb: Cb) =>
              later(cb, { emailAddress: s.organizer.email, displayName: s.organizer.name }),
          },
          requiredAttendees: { getAsync: (cb: Cb) => later(cb, recips(s.required)) },
          optionalAttendees: { getAsync: (cb: Cb) => later(cb, recips(s.optional)) },
          recurrence: {
            getAsync: (cb: Cb) =>
              later(cb, {
                recurrenceType: s.recurrence.recurrenceType,
                recurrenceProperties: { interval: 1, days: [...s.recurrence.days] },
              }),
          },
          getAttachmentsAsync: (cb: Cb) =>
            later(
              cb,
              s.attachments.map((a, i) => ({ id: `a${i}`, ...a, isInline: false })),
            ),
          body: {
            getAsync: (coercion: string, cb: Cb) =>
              coercion === 'html' && state.failHtml
                ? failed(cb, 'GenericResponseError')
                : later(cb, coercion === 'html' ? state.bodyHtml : toText(state.bodyHtml)),
            setAsync: (html: string, ...rest: unknown[]) => (
              (state.bodyHtml = html),
              later(lastFn(rest), undefined)
            ),
            prependAsync: (html: string, ...rest: unknown[]) => {
              state.bodyHtml = state.bodyHtml.replace(/^(.*?<body[^>]*>)?/s, (m) => m + html);
              later(lastFn(rest), undefined);
            },
          },
          notificationMessages: {
            replaceAsync: (key: string, d: { type: string; message: string }, cb: Cb) => {
              if (d.message.length > 150)
                throw Object.assign(new Error('too long'), { name: 'ArgumentOutOfRange' });
              state.bars.set(key, { key, type: d.type, message: d.message });
              later(cb, undefined);
            },
            removeAsync: (key: string, cb: Cb) =>
              state.bars.delete(key) ? later(cb, undefined) : failed(cb, 'KeyNotFound'),
            getAllAsync: (cb: Cb) => later(cb, [...state.bars.values()]),
          },
          addHandlerAsync: (type: string, handler: (a: unknown) => void, cb: Cb) => (
            state.handlers.set(type, handler),
            later(cb, undefined)
          ),
          removeHandlerAsync: (type: string, cb: Cb) => (state.handlers.delete(type), later(cb, undefined)),
        },
      },
    },
  };
  const mock = new OfficeMockObject(seed) as unknown as OfficeLike;
  if (options.noItem) mock.context.mailbox!.item = null;
  const timers = manualTimers();
  return {
    port: createOfficeComposeItem(mock, { timers, bodyPollMs: 1000 }),
    bodyHtml: () => state.bodyHtml,
    subject: () => state.subject,
    location: () => state.location,
    times: () => ({ start: state.start.toISOString(), end: state.end.toISOString() }),
    infoBars: () => [...state.bars.values()],
    userMovesTime: (start, end) => {
      state.start = new Date(start);
      state.end = new Date(end);
      state.handlers.get('olkAppointmentTimeChanged')?.({
        type: 'olkAppointmentTimeChanged',
        start: state.start,
        end: state.end,
      });
    },
    userEditsBody: (html) => void (state.bodyHtml = html),
    failBodyRead: () => void (state.failHtml = true),
    failStartRead: () => void (state.failStart = true),
    tickPoll: () => timers.tick(),
  };
}
