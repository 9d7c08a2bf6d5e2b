import type { EmuRequest, EmuResponse } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import { collection } from '../odata';
import type { Router } from '../Router';
import { findEvent } from './eventRoutes';
import { canSeeEvent, renderEvent } from './renderEvent';
import { timeWindow } from './timeWindow';

/**
 * `GET /me/events/{seriesMasterId}/instances?startDateTime&endDateTime`: the occurrences of a series in a
 * window, oldest first, paged like calendarView. The emulator keeps occurrences as events that name
 * their master (`seriesMasterId`); it does not expand recurrence patterns itself.
 */
function instances(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const window = timeWindow(req);
  if (!window.ok) return window.response;
  const master = findEvent(req, store);
  if (!master.ok) return master.response;
  const s = window.start;
  const e = window.end;
  const hits = store.state.events
    .filter(
      (ev) =>
        ev.seriesMasterId === master.value.id &&
        canSeeEvent(store, req.user, ev) &&
        ev.startUtc < e &&
        ev.endUtc > s,
    )
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  return collection(
    req,
    hits.map((ev) => renderEvent(req, store, ev)),
    `users('${req.user.id}')/events('${master.value.id}')/instances`,
    10,
  );
}

export function registerSeriesRoutes(router: Router): void {
  router.add('GET', '/me/events/{id}/instances', instances);
}
