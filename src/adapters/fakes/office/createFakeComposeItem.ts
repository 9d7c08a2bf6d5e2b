import { htmlToText } from '../../../core/read/htmlToText';
import type { OfficeComposeItem } from '../../office/officeTypes';
import type { FakeAppointment, FakeRecipient } from './FakeAppointment';
import { fakeError, type FakeHandler, type FakeKernel } from './fakeKernel';

type Args = unknown[];
const RECIPIENT_TYPE: Record<NonNullable<FakeRecipient['kind']>, string> = {
  user: 'user',
  external: 'externalUser',
  room: 'other',
  group: 'distributionList',
};

/** Office throws argument errors synchronously, as an Error carrying name and code. */
function argumentError(name: string, message: string, code = 9000): Error {
  return Object.assign(new Error(message), { name, code });
}

const isDate = (d: unknown): d is Date => Object.prototype.toString.call(d) === '[object Date]';

export const toMs = (d: string | Date): number => (isDate(d) ? d.getTime() : Date.parse(d));

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>');

/**
 * HTML → text for `getAsync('text')`: core's streaming reader, so the fake is linear on hostile bodies
 * (a regex strip of `<script>…</script>` was quadratic on unclosed tags).
 */
export const fakeHtmlToText = (html: string) => htmlToText(html).text;

/**
 * One realm's view of the fake appointment. `makeDate` builds Dates in the caller's realm (an iframe's
 * `Date`), so `instanceof Date` holds in the pane exactly as with the real office.js.
 */
export function createFakeComposeItem(
  kernel: FakeKernel,
  change: (patch: Partial<FakeAppointment>) => void,
  makeDate: (ms: number) => Date,
): OfficeComposeItem & { itemType: string } {
  const s = () => kernel.state;
  const recipients = (list: FakeRecipient[]) =>
    list.map((r) => ({
      emailAddress: r.email,
      displayName: r.name ?? r.email,
      recipientType: RECIPIENT_TYPE[r.kind ?? 'user'],
      appointmentResponse: 'none',
    }));
  const bodyWrite = (args: Args): { data: string; asHtml: boolean } => {
    const data = args[0];
    if (typeof data !== 'string') throw argumentError('InvalidArgument', 'data must be a string');
    if (data.length > 1_000_000) throw argumentError('DataExceedsMaximumSize', 'Body over 1 MB', 9019);
    const opts = args[1];
    const coercion =
      opts && typeof opts === 'object' ? (opts as { coercionType?: unknown }).coercionType : undefined;
    return { data, asHtml: coercion === 'html' };
  };
  const setTime =
    (which: 'start' | 'end') =>
    (...args: Args) => {
      const d = args[0];
      if (!isDate(d) || Number.isNaN(d.getTime()))
        throw argumentError('InvalidArgument', 'dateTime must be a Date');
      kernel.call(`${which}.setAsync`, args.slice(1), () => {
        if (which === 'start') {
          // Outlook keeps the duration when the start moves.
          const duration = toMs(s().end) - toMs(s().start);
          change({ start: new Date(d.getTime()), end: new Date(d.getTime() + duration) });
        } else change({ end: new Date(d.getTime()) });
        return undefined;
      });
    };
  const setText =
    (field: 'subject' | 'location', max: number) =>
    (...args: Args) => {
      const v = args[0];
      if (typeof v !== 'string') throw argumentError('InvalidArgument', `${field} must be a string`);
      if (v.length > max) throw argumentError('DataExceedsMaximumSize', `${field} over ${max} chars`, 9019);
      kernel.call(`${field}.setAsync`, args.slice(1), () => change({ [field]: v }));
    };

  return {
    itemType: 'appointment',
    subject: {
      getAsync: (...args: Args) => kernel.call('subject.getAsync', args, () => s().subject),
      setAsync: setText('subject', 255),
    },
    location: {
      getAsync: (...args: Args) => kernel.call('location.getAsync', args, () => s().location),
      setAsync: setText('location', 255),
    },
    start: {
      getAsync: (...args: Args) => kernel.call('start.getAsync', args, () => makeDate(toMs(s().start))),
      setAsync: setTime('start'),
    },
    end: {
      getAsync: (...args: Args) => kernel.call('end.getAsync', args, () => makeDate(toMs(s().end))),
      setAsync: setTime('end'),
    },
    requiredAttendees: {
      getAsync: (...args: Args) =>
        kernel.call('requiredAttendees.getAsync', args, () => recipients(s().required)),
    },
    optionalAttendees: {
      getAsync: (...args: Args) =>
        kernel.call('optionalAttendees.getAsync', args, () => recipients(s().optional)),
    },
    organizer: {
      getAsync: (...args: Args) =>
        kernel.call('organizer.getAsync', args, () => ({
          emailAddress: s().organizer.email,
          displayName: s().organizer.name ?? s().organizer.email,
          recipientType: 'user',
          appointmentResponse: 'organizer',
        })),
    },
    enhancedLocation: {
      getAsync: (...args: Args) =>
        kernel.call('enhancedLocation.getAsync', args, () =>
          s().rooms.map((r) => ({
            displayName: r.displayName,
            emailAddress: r.email,
            locationIdentifier: { id: r.email, type: 'room' },
          })),
        ),
    },
    recurrence: {
      getAsync: (...args: Args) =>
        kernel.call('recurrence.getAsync', args, () => {
          const r = s().recurrence;
          if (!r) return null;
          return {
            recurrenceType: r.recurrenceType,
            recurrenceProperties: {
              interval: r.interval ?? 1,
              ...(r.days ? { days: [...r.days] } : {}),
              ...(r.dayOfWeek ? { dayOfWeek: r.dayOfWeek } : {}),
            },
            seriesTime: {},
          };
        }),
    },
    ...(kernel.state.isAllDayEvent === undefined
      ? {}
      : {
          isAllDayEvent: {
            getAsync: (...args: Args) =>
              kernel.call('isAllDayEvent.getAsync', args, () => s().isAllDayEvent === true),
          },
        }),
    body: {
      getAsync: (...args: Args) => {
        const coercion = args[0];
        if (coercion !== 'html' && coercion !== 'text')
          throw argumentError('InvalidArgument', 'coercionType must be html or text');
        kernel.call(`body.getAsync:${coercion}`, args.slice(1), () =>
          coercion === 'html' ? s().bodyHtml : fakeHtmlToText(s().bodyHtml),
        );
      },
      setAsync: (...args: Args) => {
        const { data, asHtml } = bodyWrite(args);
        kernel.call('body.setAsync', args.slice(1), () =>
          change({ bodyHtml: asHtml ? data : escapeText(data) }),
        );
      },
      prependAsync: (...args: Args) => {
        const { data, asHtml } = bodyWrite(args);
        kernel.call('body.prependAsync', args.slice(1), () => {
          const add = asHtml ? data : escapeText(data);
          const html = s().bodyHtml;
          const m = /<body[^>]*>/i.exec(html);
          change({
            bodyHtml: m
              ? html.slice(0, m.index + m[0].length) + add + html.slice(m.index + m[0].length)
              : add + html,
          });
        });
      },
    },
    getAttachmentsAsync: (...args: Args) =>
      kernel.call('getAttachmentsAsync', args, () =>
        s().attachments.map((a, i) => ({
          id: `att-${i}`,
          name: a.name,
          size: a.size ?? 0,
          isInline: a.isInline === true,
          attachmentType: 'file',
          contentId: '',
        })),
      ),
    notificationMessages: {
      getAllAsync: (...args: Args) =>
        kernel.call('notificationMessages.getAllAsync', args, () => [...kernel.infoBars.values()]),
      replaceAsync: (...args: Args) => {
        const [key, details] = args as [unknown, Partial<Office.NotificationMessageDetails> | undefined];
        if (typeof key !== 'string' || key.length === 0 || key.length > 32)
          throw argumentError('InvalidArgument', 'key must be 1-32 chars');
        if (!details || typeof details.message !== 'string')
          throw argumentError('InvalidArgument', 'message is required');
        if (details.message.length > 150)
          throw argumentError('ArgumentOutOfRange', 'message over 150 chars', 9009);
        const type = String(details.type);
        const decorated = details.icon !== undefined || details.persistent !== undefined;
        if ((type === 'errorMessage' || type === 'progressIndicator') && decorated)
          throw argumentError('ArgumentException', 'icon/persistent are invalid for this type');
        if (
          type === 'informationalMessage' &&
          (details.icon === undefined || details.persistent === undefined)
        )
          throw argumentError('ArgumentException', 'informational messages need icon and persistent');
        kernel.call('notificationMessages.replaceAsync', args.slice(2), () => {
          if (!kernel.infoBars.has(key) && kernel.infoBars.size >= 5)
            throw fakeError('NumberOfNotificationMessagesExceeded', 'At most 5 notifications', 9012);
          kernel.infoBars.set(key, {
            key,
            type,
            message: details.message!,
            ...(details.icon === undefined ? {} : { icon: details.icon }),
            ...(details.persistent === undefined ? {} : { persistent: Boolean(details.persistent) }),
          });
          kernel.notify();
        });
      },
      removeAsync: (...args: Args) => {
        const key = args[0];
        kernel.call('notificationMessages.removeAsync', args.slice(1), () => {
          if (typeof key !== 'string' || !kernel.infoBars.delete(key))
            throw fakeError('KeyNotFound', 'No notification with that key', 9051);
          kernel.notify();
        });
      },
    },
    addHandlerAsync: (...args: Args) => {
      const [type, handler] = args as [string, FakeHandler];
      kernel.call('addHandlerAsync', args.slice(2), () => {
        const set = kernel.handlers.get(type) ?? new Set<FakeHandler>();
        set.add(handler);
        kernel.handlers.set(type, set);
      });
    },
    removeHandlerAsync: (...args: Args) => {
      const type = args[0] as string;
      kernel.call('removeHandlerAsync', args.slice(1), () => kernel.handlers.delete(type));
    },
  };
}
