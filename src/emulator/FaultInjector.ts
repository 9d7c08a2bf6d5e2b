import { FAULT_KINDS, type FaultKind, type FaultRule } from './FaultRule';

interface LiveRule {
  rule: FaultRule;
  regex: RegExp | null;
  seen: number;
  fired: number;
  rng: () => number;
}

export interface FaultDecision {
  /** Extra milliseconds from every matching `latency` rule. */
  latencyMs: number;
  /** The first matching non-latency rule that fires. */
  fault: FaultRule | null;
}

/** mulberry32: a tiny seeded PRNG so `probability` rules replay the same way for the same seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Checks rules from JSON (`POST /_emu/faults`); returns the error text for the first bad one. */
export function validateFaultRules(input: unknown): FaultRule[] | string {
  if (!Array.isArray(input)) return 'expected a JSON array of fault rules';
  for (const [i, r] of input.entries()) {
    if (!r || typeof r !== 'object') return `rule ${i}: not an object`;
    const rule = r as Record<string, unknown>;
    if (!FAULT_KINDS.includes(String(rule.kind) as FaultKind)) return `rule ${i}: kind must be one of ${FAULT_KINDS.join(', ')}`;
    if (rule.path !== undefined) {
      if (typeof rule.path !== 'string') return `rule ${i}: path must be a regular expression string`;
      try {
        new RegExp(rule.path);
      } catch {
        return `rule ${i}: path is not a valid regular expression`;
      }
    }
    for (const n of ['times', 'count', 'skip', 'ms', 'seed', 'probability'] as const) {
      if (rule[n] !== undefined && (typeof rule[n] !== 'number' || !Number.isFinite(rule[n]) || (rule[n] as number) < 0)) {
        return `rule ${i}: ${n} must be a non-negative number`;
      }
    }
    if (typeof rule.probability === 'number' && rule.probability > 1) return `rule ${i}: probability must be within 0..1`;
  }
  return input as FaultRule[];
}

/**
 * `x-emu-fault: <kind>[;key=value]...`, e.g. `429;retryAfter=3`, `latency;ms=200`, `503;retryAfter=Wed, 21 Oct 2026 07:28:00 GMT`.
 * Unknown kinds yield null (the header is ignored rather than failing the request).
 */
export function parseFaultHeader(value: string | undefined): FaultRule | null {
  if (!value) return null;
  const [kindRaw, ...pairs] = value.split(';');
  const kind = kindRaw!.trim() as FaultKind;
  if (!FAULT_KINDS.includes(kind)) return null;
  const rule: FaultRule = { kind };
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const key = pair.slice(0, eq).trim().toLowerCase();
    const val = pair.slice(eq + 1).trim();
    if (key === 'ms') rule.ms = Number(val) || 0;
    else if (key === 'retryafter' || key === 'retry-after') rule.retryAfter = /^\d+(\.\d+)?$/.test(val) ? Number(val) : val;
  }
  if (kind === 'latency' && rule.ms === undefined) rule.ms = 1000;
  return rule;
}

/** The live fault table: `times`/`count` and `skip` are consumed as requests match. */
export class FaultInjector {
  private rules: LiveRule[] = [];

  set(rules: readonly FaultRule[]): void {
    this.rules = rules.map((rule, i) => ({
      rule: { ...rule },
      regex: rule.path ? new RegExp(rule.path) : null,
      seen: 0,
      fired: 0,
      rng: prng(rule.seed ?? 0x9e3779b9 + i),
    }));
  }

  /** The rules as set, with `times` lowered by what has fired already. */
  list(): FaultRule[] {
    return this.rules.map(({ rule, fired }) => {
      const limit = rule.times ?? rule.count;
      return limit === undefined ? { ...rule } : { ...rule, times: Math.max(0, limit - fired) };
    });
  }

  decide(method: string, path: string): FaultDecision {
    let latencyMs = 0;
    let fault: FaultRule | null = null;
    for (const live of this.rules) {
      const { rule } = live;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (live.regex && !live.regex.test(path)) continue;
      const limit = rule.times ?? rule.count;
      if (limit !== undefined && live.fired >= limit) continue;
      if (rule.kind !== 'latency' && fault) continue;
      live.seen++;
      if (rule.skip !== undefined && live.seen <= rule.skip) continue;
      if (rule.probability !== undefined && live.rng() >= rule.probability) continue;
      live.fired++;
      if (rule.kind === 'latency') latencyMs += rule.ms ?? 0;
      else fault = rule;
    }
    return { latencyMs, fault };
  }
}
