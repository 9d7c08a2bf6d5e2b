// Loaded only when the user asks to check attendees' calendars: MSAL and the Graph client stay out of
// the pane's first load, and the checker never waits for them.
import { createGraphClient } from '../../adapters/graph/createGraphClient';
import { GraphCalendar } from '../../adapters/graph/GraphCalendar';
import type { AppError } from '../../core/errors/AppError';
import { readBusy } from '../../core/fixes/readBusy';
import { ok, type Result } from '../../core/model/Result';
import type { FreeBusyProvider } from '../../ui/shared/PaneServices';
import { authFromConfig, type HostUser } from '../shared/authFromConfig';
import { loadRuntimeConfig } from '../shared/loadRuntimeConfig';

/**
 * Signs in (NAA in Outlook, popup elsewhere; the emulator's user in the workbench, which serves
 * workbench-config.json) and answers free/busy with Graph getSchedule, in calls within its limits.
 */
export async function connectFreeBusy(host: HostUser): Promise<Result<FreeBusyProvider, AppError>> {
  const config = await loadRuntimeConfig();
  const baseUrl = config.graphBaseUrl;
  const made = await authFromConfig(config, host);
  if (!made.ok) return made;
  const auth = made.value;
  const signedIn = await auth.signIn();
  if (!signedIn.ok) return signedIn;
  const calendar = new GraphCalendar(createGraphClient({ baseUrl, auth }));
  return ok({
    busy: (emails, start, end) => readBusy(calendar, emails, start, end),
  });
}
