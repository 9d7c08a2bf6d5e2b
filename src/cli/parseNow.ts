import { err, ok, type Result } from '../core/model/Result';
import { instantOf, parseLocalDateTime } from '../core/read/parseLocalDateTime';

/**
 * --now: ISO 8601. With `Z` or an offset it is that instant; a date or date-time without one is a wall
 * time in the policy zone (so `--now 2026-12-01` means that day's start where the policy lives, on any
 * machine).
 */
export function parseNow(text: string, zone: string): Result<Date, string> {
  const parsed = parseLocalDateTime(text);
  const instant = parsed ? instantOf(parsed, zone) : null;
  if (instant === null)
    return err(`bad --now '${text.slice(0, 60)}': expected ISO 8601, e.g. 2026-12-01T09:00:00+08:00`);
  return ok(new Date(instant));
}
