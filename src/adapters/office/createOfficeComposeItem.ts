import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import type {
  ComposeChangeKind,
  ComposeChangeListener,
  ComposeItemPort,
  InfoBar,
} from '../../core/ports/ComposeItemPort';
import { createLimiter, officeCall } from './officeCall';
import { OFFICE, type OfficeComposeItem, type OfficeLike } from './officeTypes';
import { readComposeInvite } from './readComposeInvite';

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface OfficeComposeItemOptions {
  /** Body poll interval for `onChange` (ms); 0 turns polling off. Default 1500. */
  bodyPollMs?: number;
  /** Injected so tests drive polling without real time. */
  timers?: Timers;
}

const INFO_BAR_MAX = 150;
const ITEM_EVENTS: Array<[string, ComposeChangeKind]> = [
  [OFFICE.events.time, 'time'],
  [OFFICE.events.recipients, 'recipients'],
  [OFFICE.events.recurrence, 'recurrence'],
  [OFFICE.events.attachments, 'attachments'],
  [OFFICE.events.location, 'location'],
];

const defaultTimers: Timers = {
  setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
  clearInterval: (h) => globalThis.clearInterval(h as ReturnType<typeof globalThis.setInterval>),
};

const noItem = (): Result<never, AppError> => err(appError('item-unavailable', 'No compose item'));

/** Trims to the host's limit on a code-point boundary, so a CJK or emoji message never splits. */
export function clip(message: string, max: number): string {
  const chars = Array.from(message);
  return chars.length <= max ? message : chars.slice(0, max - 1).join('') + '…';
}

/** ComposeItemPort over Office.js (or anything shaped like it: the fake host, office-addin-mock). */
export function createOfficeComposeItem(
  office: OfficeLike,
  options: OfficeComposeItemOptions = {},
): ComposeItemPort {
  const limit = createLimiter(3);
  const bodyPollMs = options.bodyPollMs ?? 1500;
  const timers = options.timers ?? defaultTimers;
  const item = (): OfficeComposeItem | null => office.context.mailbox?.item ?? null;
  const run = <T>(invoke: (i: OfficeComposeItem, cb: (r: Office.AsyncResult<T>) => void) => void) => {
    const i = item();
    return i ? limit(() => officeCall<T>((cb) => invoke(i, cb))) : Promise.resolve(noItem());
  };
  const done = (r: Result<unknown, AppError>): Result<void, AppError> => (r.ok ? ok(undefined) : r);

  const getBodyHtml = () => run<string>((i, cb) => i.body.getAsync(OFFICE.html, cb));
  const setBody = async (html: string) =>
    done(
      await run<void>((i, cb) =>
        i.body.setAsync(html, { coercionType: OFFICE.html as Office.CoercionType }, cb),
      ),
    );

  const listeners = new Set<ComposeChangeListener>();
  let detach: (() => void) | null = null;
  const emit = (kind: ComposeChangeKind) => {
    for (const l of [...listeners]) {
      try {
        l({ kind });
      } catch {
        // One broken listener must not silence the others.
      }
    }
  };

  function attach(): () => void {
    const i = item();
    if (!i) return () => undefined;
    const handlers: Array<[string, () => void]> = [];
    if (i.addHandlerAsync) {
      for (const [type, kind] of ITEM_EVENTS) {
        const handler = () => emit(kind);
        handlers.push([type, handler]);
        void limit(() => officeCall<void>((cb) => i.addHandlerAsync!(type, handler, cb)));
      }
    }
    let lastBody: string | null = null;
    let polling = false;
    const poll = async () => {
      if (polling) return;
      polling = true;
      const r = await getBodyHtml();
      polling = false;
      if (!r.ok) return;
      if (lastBody !== null && r.value !== lastBody) emit('body');
      lastBody = r.value;
    };
    const timer = bodyPollMs > 0 ? timers.setInterval(() => void poll(), bodyPollMs) : null;
    if (timer !== null) void poll();
    return () => {
      if (timer !== null) timers.clearInterval(timer);
      if (i.removeHandlerAsync)
        for (const [type] of handlers)
          void limit(() => officeCall<void>((cb) => i.removeHandlerAsync!(type, cb)));
    };
  }

  return {
    bodyPollMs,
    readInvite: (opts) => readComposeInvite(office, limit, opts),
    getBodyHtml,
    setBody,
    async prependBody(html) {
      return done(
        await run<void>((i, cb) =>
          i.body.prependAsync(html, { coercionType: OFFICE.html as Office.CoercionType }, cb),
        ),
      );
    },
    async appendBody(html) {
      // Compose has no appendAsync (appendOnSendAsync only runs at send), so read, then write back.
      const current = await getBodyHtml();
      if (!current.ok) return current;
      const body = current.value;
      const at = body.search(/<\/body>/i);
      return setBody(at >= 0 ? body.slice(0, at) + html + body.slice(at) : body + html);
    },
    async setTimes(start, end) {
      if (!(end.getTime() > start.getTime())) return err(appError('bad-request', 'End must be after start'));
      // start.setAsync keeps the duration, moving end with it; end is then set explicitly.
      const s = await run<void>((i, cb) => i.start.setAsync(start, cb));
      if (!s.ok) return s;
      return done(await run<void>((i, cb) => i.end.setAsync(end, cb)));
    },
    async setSubject(subject) {
      return done(await run<void>((i, cb) => i.subject.setAsync(clip(subject, 255), cb)));
    },
    async setLocation(location) {
      return done(await run<void>((i, cb) => i.location.setAsync(clip(location, 255), cb)));
    },
    async showInfoBar(key, bar: InfoBar) {
      const message = clip(bar.message.replace(/\s+/g, ' ').trim(), INFO_BAR_MAX);
      const details: Office.NotificationMessageDetails =
        bar.type === 'error'
          ? { type: OFFICE.errorMessage, message }
          : // Informational bars need an icon id and persistence; the unified manifest ignores which id.
            { type: OFFICE.informationalMessage, message, icon: 'icon-16', persistent: false };
      return done(await run<void>((i, cb) => i.notificationMessages.replaceAsync(key, details, cb)));
    },
    async removeInfoBar(key) {
      const r = await run<void>((i, cb) => i.notificationMessages.removeAsync(key, cb));
      return r.ok || r.error.kind === 'not-found' ? ok(undefined) : r;
    },
    onChange(listener) {
      listeners.add(listener);
      if (!detach) detach = attach();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && detach) {
          detach();
          detach = null;
        }
      };
    },
  };
}
