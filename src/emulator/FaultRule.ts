/**
 * Fault injection vocabulary shared by `setFaults`, `POST /_emu/faults` and the `x-emu-fault` header.
 * Paths are matched against the Graph path without the `/v1.0` prefix and without the query string,
 * e.g. `/planner/tasks` or `/$batch`; inner `$batch` requests are matched with their own path.
 */
export type FaultKind =
  | 'latency'
  | '429'
  | '500'
  | '503'
  | '504-after-commit'
  | 'drop-before-commit'
  | 'drop-after-commit'
  | '412'
  /** 404 NotFound without applying (e.g. details not readable yet right after a create). */
  | '404'
  /** 409 Conflict without applying (Planner's "conflicted with already accepted changes"). */
  | '409';

export interface FaultRule {
  kind: FaultKind;
  /** HTTP method, case-insensitive; absent = any. */
  method?: string;
  /** Regular expression source tested against the path; absent = any path. */
  path?: string;
  /** Fire at most this many times (then the rule is spent); absent = unlimited. */
  times?: number;
  /** Alias of `times`. */
  count?: number;
  /** Let this many matching requests pass before the rule starts firing. */
  skip?: number;
  /** 0..1 chance to fire for each matching request; drawn from a PRNG seeded by `seed`. */
  probability?: number;
  seed?: number;
  /** For `latency`: extra milliseconds. */
  ms?: number;
  /** For `429`/`503`: Retry-After value; a number = seconds, a string is sent verbatim (e.g. an HTTP-date). */
  retryAfter?: number | string;
}

export const FAULT_KINDS: readonly FaultKind[] = [
  'latency',
  '429',
  '500',
  '503',
  '504-after-commit',
  'drop-before-commit',
  'drop-after-commit',
  '412',
  '404',
  '409',
];
