// Loaded only when the user asks to check attendees' calendars: MSAL and the Graph client stay out of
// the pane's first load, and the checker never waits for them.
import { createBrowserAuth } from '../../adapters/auth/createBrowserAuth';
import { EmulatorAuth } from '../../adapters/auth/EmulatorAuth';
import { createGraphClient } from '../../adapters/graph/createGraphClient';
import { GraphCalendar } from '../../adapters/graph/GraphCalendar';
import { appError, type AppError } from '../../core/errors/AppError';
import { busyFromSchedule } from '../../core/fixes/busyFromSchedule';
import { err, ok, type Result } from '../../core/model/Result';
import type { AuthPort } from '../../core/ports/AuthPort';
import type { FreeBusyProvider } from '../../ui/shared/PaneServices';

async function json(url: string): Promise<Record<string, unknown> | null> {
  try {
    const res = await fetch(url, { cache: 'no-store' });
    const body: unknown = res.ok ? await res.json() : null;
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/**
 * Signs in (NAA in Outlook, popup elsewhere; the emulator's user in the workbench, which serves
 * workbench-config.json) and answers free/busy with Graph getSchedule.
 */
export async function connectFreeBusy(loginHint: string | undefined): Promise<Result<FreeBusyProvider, AppError>> {
  const [app, bench] = await Promise.all([json('app-config.json'), json('workbench-config.json')]);
  const baseUrl = new URL(str(bench?.graphBaseUrl) ?? str(app?.graphBaseUrl) ?? 'https://graph.microsoft.com/v1.0', location.href).href.replace(/\/+$/, '');
  let auth: AuthPort;
  const emulatorUser = str(bench?.user);
  if (emulatorUser) auth = new EmulatorAuth(emulatorUser);
  else {
    const made = await createBrowserAuth({ clientId: str(app?.clientId) ?? '', ...(loginHint ? { loginHint } : {}) });
    if (!made.ok) return made;
    auth = made.value;
  }
  const signedIn = await auth.signIn();
  if (!signedIn.ok) return signedIn;
  const calendar = new GraphCalendar(createGraphClient({ baseUrl, auth }));
  return ok({
    async busy(emails, start, end) {
      if (emails.length === 0) return ok([]);
      const schedule = await calendar.getSchedule({ emails, start, end, intervalMinutes: 30 });
      return schedule.ok ? ok(busyFromSchedule(schedule.value)) : err(schedule.error ?? appError('unknown'));
    },
  });
}
