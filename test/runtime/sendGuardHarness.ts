import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script, createContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import {
  createFakeOfficeHost,
  type FakeOfficeHostOptions,
} from '../../src/adapters/fakes/office/createFakeOfficeHost';
import type { FakeAppointment } from '../../src/adapters/fakes/office/FakeAppointment';
import type { SendAnswer } from '../../src/entries/launchevent/decideSend';
import { addDays, weekdayOf } from '../../src/core/time/addDays';
import { wallToInstant } from '../../src/core/time/wallToInstant';
import { launcheventBuild } from '../../vite.launchevent.config';

export const HANDLER_ID = 'onAppointmentSendHandler';

/** Builds the send guard exactly as `npm run build` does, into a fresh temp dir. */
export async function buildSendGuard(): Promise<{ code: string; path: string; gzipBytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'mg-sendguard-'));
  await build(launcheventBuild(dir));
  const path = join(dir, 'launchevent.js');
  const code = readFileSync(path, 'utf8');
  return { code, path, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** A well-prepared cross-department meeting: every rule the guard prompts on is satisfied. */
export const GOOD_BODY =
  '<html><body><p>Goal: decide the Q1 release scope and assign owners</p>' +
  '<p>Type: Decision</p><p>Agenda:</p><ol>' +
  '<li>Status update - Han Mei, 15 min, output: risk list</li>' +
  '<li>Discuss options - Li Lei, 20 min, output: shortlist</li>' +
  '<li>Decide scope - Wang Fang, 20 min, output: signed scope</li></ol>' +
  '<p>Pre-read: <a href="https://contoso.sharepoint.com/sites/pm/q1-scope.docx">Q1 scope draft</a></p></body></html>';

/** The next date (YYYY-MM-DD) on `weekday` at least `minDays` after today (UTC), so notice rules never interfere. */
export function nextWeekday(weekday: ReturnType<typeof weekdayOf>, minDays = 14, from = new Date()): string {
  let d = addDays(from.toISOString().slice(0, 10), minDays);
  while (weekdayOf(d) !== weekday) d = addDays(d, 1);
  return d;
}

export function appointmentAt(
  date: string,
  time: string,
  ianaZone: string,
  minutes = 60,
  bodyHtml = GOOD_BODY,
): FakeAppointment {
  const start = wallToInstant(date, time, ianaZone);
  return {
    subject: 'Q1 release scope',
    start,
    end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
    location: 'Room 5F / Teams',
    rooms: [],
    organizer: { email: 'li.lei@contoso.example', name: 'Li Lei' },
    required: [
      { email: 'han.mei@contoso.example', name: 'Han Mei' },
      { email: 'wang.fang@contoso.example', name: 'Wang Fang' },
    ],
    optional: [],
    bodyHtml,
    attachments: [],
    recurrence: null,
  };
}

/**
 * Loads the built file into a fresh node:vm context whose ONLY global is the fake `Office`
 * (no window, document, require, process, timers or console), as Outlook's JS-only runtime is.
 */
export function loadInVm(
  code: string,
  appointment: FakeAppointment,
  options: FakeOfficeHostOptions = {},
  extraGlobals: Record<string, unknown> = {},
) {
  const host = createFakeOfficeHost(appointment, options);
  const context = createContext({ Office: host.office, ...extraGlobals });
  new Script(code, { filename: 'launchevent.js' }).runInContext(context);
  return { host, context };
}

/** Fires OnAppointmentSend and resolves with what the handler passed to `event.completed`. */
export function send(host: ReturnType<typeof createFakeOfficeHost>): Promise<SendAnswer[]> {
  const handler = host.actions.get(HANDLER_ID);
  if (!handler) return Promise.reject(new Error(`${HANDLER_ID} was not associated`));
  return new Promise((resolve) => {
    const answers: SendAnswer[] = [];
    handler({
      completed: (o: SendAnswer) => {
        answers.push(o);
        // Collect a possible second call before resolving: the handler must answer exactly once.
        setTimeout(() => resolve(answers), 5);
      },
    });
  });
}
