import type { EmuRequest, EmuResponse } from '../EmuRequest';
import { badRequest } from '../graphError';
import { parseInstant } from '../odata';

/**
 * The `startDateTime`/`endDateTime` window calendarView, its delta and a series' instances require, as ISO
 * UTC instants, or Exchange's 400 when either is missing or unreadable. `alt` is the other spelling of the
 * two names a route also reads.
 */
export function timeWindow(
  req: EmuRequest,
  alt: readonly [string, string] = ['StartDateTime', 'EndDateTime'],
): { ok: true; start: string; end: string } | { ok: false; response: EmuResponse } {
  const start = parseInstant(req.query.get('startDateTime') ?? req.query.get(alt[0]));
  const end = parseInstant(req.query.get('endDateTime') ?? req.query.get(alt[1]));
  if (!start || !end) {
    return {
      ok: false,
      response: badRequest(
        req,
        'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
        'ErrorInvalidParameter',
      ),
    };
  }
  return { ok: true, start: start.toISOString(), end: end.toISOString() };
}
