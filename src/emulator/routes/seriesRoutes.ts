import type { EmuRequest, EmuResponse } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import { badRequest } from '../graphError';
import { collection, parseInstant } from '../odata';
import type { Router } from '../Router';
import { findEvent } from './eventRoutes';
import { canSeeEvent, renderEvent } from './renderEvent';

/**
 * `GET /me/events/{seriesMasterId}/instances?startDateTime&endDateTime`: the occurrences of a series in a
 * window, oldest first, paged like calendarView. The emulator keeps occurrences as events that name
 * their master (`seriesMasterId`); it does not expand recurrence patterns itself.
 */
function instances(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const start = parseInstant(req.query.get('startDateTime') ?? req.query.get('StartDateTime'));
  const end = parseInstant(req.query.get('endDateTime') ?? req.query.get('EndDateTime'));
  if (!start || !end) {
    return badRequest(
      req,
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      'ErrorInvalidParameter',
    );
  }
  const master = findEvent(req, store);
  if (!master.ok) return master.response;
  const s = start.toISOString();
  const e = end.toISOString();
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
