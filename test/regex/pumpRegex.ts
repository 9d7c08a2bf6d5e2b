import { adversarialInputs, runPattern } from './pumpInputs';

export const SMALL = 10_000;
export const LARGE = 100_000;
// A linear pattern grows ~10× from 10k to 100k characters; quadratic backtracking grows ~100×.
export const MAX_GROWTH = 30;
// Below this the 10k run is mostly timer noise; a quadratic pattern takes far longer than this at 10k.
const NOISE_FLOOR_MS = 1;
// Linear patterns take well under 1 ms at 10k characters and a few microseconds at 1k.
const SLOW_AT_SMALL_MS = 20;
const SLOW_AT_TINY_MS = 10;
const TINY = 1_000;

export interface PumpResult {
  /** The input shape that grew worst. */
  label: string;
  /** Time on 100k / time on 10k (the 10k time floored at the noise floor). */
  growth: number;
  /** Slowest time on a 100k input, ms. */
  largeMs: number;
  /**
   * Only with `measureAll` (the bench): the worst 100k time as a multiple of one plain pass over the
   * same input (passMs), timed in the same run, and the input it was on. A ratio holds on a loaded machine.
   */
  perPass?: { ratio: number; label: string };
}

/**
 * One pass over the input in plain JS, reading every character: the least any scan of it costs. Best
 * of `runs`. (indexOf would be the natural baseline, but V8 answers it in about a microsecond, at the
 * timer's resolution, so the ratio would measure the timer.)
 */
export function passMs(input: string, runs = 9): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < input.length; i++) sum += input.charCodeAt(i);
    best = Math.min(best, performance.now() - t0);
    if (sum < 0) throw new Error('unreachable: keeps the loop from being optimized away');
  }
  return best;
}

function fastest(re: RegExp, input: string, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    runPattern(re, input);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Pumps one pattern with every adversarial input at 1k, 10k and 100k characters and reports the worst
 * growth. Smaller inputs run first, so a catastrophic pattern shows up (and fails) at 1k or 10k
 * without spending minutes at 100k. Inputs far under the noise floor at 100k are settled by one timing; only
 * those that could break the bound are measured again, best of `runs`, after V8 has compiled the
 * pattern to native code (it interprets a fresh regex for its first runs). `measureAll` (the bench)
 * measures every input that way.
 */
export function pumpRegex(re: RegExp, runs = 3, measureAll = false): PumpResult {
  const tiny = adversarialInputs(re, TINY);
  const small = adversarialInputs(re, SMALL);
  const large = adversarialInputs(re, LARGE);
  let worst: PumpResult = { label: '', growth: 0, largeMs: 0 };
  for (const [i, [label, input]] of large.entries()) {
    const smallInput = (small[i] as [string, string])[1];
    const tinyMs = fastest(re, (tiny[i] as [string, string])[1], runs);
    if (tinyMs > SLOW_AT_TINY_MS) {
      // Cubic or worse: even 10k would take minutes.
      return { label: `${label} (${tinyMs.toFixed(0)} ms at 1k)`, growth: Infinity, largeMs: Infinity };
    }
    let smallMs = fastest(re, smallInput, 1);
    if (smallMs > SLOW_AT_SMALL_MS) smallMs = fastest(re, smallInput, runs);
    if (smallMs > SLOW_AT_SMALL_MS) {
      // Too slow at 10k already: a super-linear pattern would take minutes at 100k, so stop here.
      return { label: `${label} (${smallMs.toFixed(0)} ms at 10k)`, growth: Infinity, largeMs: Infinity };
    }
    let largeMs = fastest(re, input, 1);
    if (measureAll || largeMs > (MAX_GROWTH * NOISE_FLOOR_MS) / 3) {
      for (let w = 0; w < 5; w++) runPattern(re, smallInput);
      smallMs = fastest(re, smallInput, runs);
      largeMs = Math.min(largeMs, fastest(re, input, runs));
    }
    const growth = largeMs / Math.max(smallMs, NOISE_FLOOR_MS);
    if (growth > worst.growth || (growth === worst.growth && largeMs > worst.largeMs))
      worst = { ...worst, label, growth, largeMs };
    if (measureAll) {
      const ratio = largeMs / passMs(input);
      if (ratio > (worst.perPass?.ratio ?? 0)) worst.perPass = { ratio, label };
    }
  }
  return worst;
}
