import { describe, expect, it } from 'vitest';
import { FaultInjector, parseFaultHeader, validateFaultRules } from './FaultInjector';

describe('parseFaultHeader', () => {
  it.each([
    ['429', { kind: '429' }],
    ['429;retryAfter=3', { kind: '429', retryAfter: 3 }],
    ['503; retry-after=Wed, 21 Oct 2026 07:28:00 GMT', { kind: '503', retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' }],
    ['latency;ms=250', { kind: 'latency', ms: 250 }],
    ['drop-after-commit', { kind: 'drop-after-commit' }],
  ])('%s', (header, rule) => {
    expect(parseFaultHeader(header)).toEqual(rule);
  });

  it.each([undefined, '', 'explode', '418'])('ignores %s', (header) => {
    expect(parseFaultHeader(header)).toBeNull();
  });
});

describe('validateFaultRules', () => {
  it.each([
    [{ kind: '429' }, 'array'],
    [[{ kind: 'boom' }], 'kind'],
    [[{ kind: '500', path: '(' }], 'regular expression'],
    [[{ kind: '500', times: -1 }], 'times'],
    [[{ kind: '500', probability: 2 }], 'probability'],
  ])('rejects %j', (input, hint) => {
    expect(validateFaultRules(input)).toContain(hint);
  });

  it('accepts a good list', () => {
    expect(validateFaultRules([{ kind: '429', method: 'post', path: '^/planner', times: 2 }])).toHaveLength(1);
  });
});

describe('FaultInjector', () => {
  it('matches method and path, consumes times (or count) and skip', () => {
    const f = new FaultInjector();
    f.set([{ kind: '500', method: 'post', path: '^/planner/tasks$', skip: 1, times: 2 }]);
    const seq = [1, 2, 3, 4].map(() => f.decide('POST', '/planner/tasks').fault?.kind ?? null);
    expect(seq).toEqual([null, '500', '500', null]);
    expect(f.decide('GET', '/planner/tasks').fault).toBeNull();
    expect(f.list()[0]!.times).toBe(0);
    f.set([{ kind: '503', count: 1 }]);
    expect(f.decide('GET', '/me').fault?.kind).toBe('503');
    expect(f.decide('GET', '/me').fault).toBeNull();
  });

  it('adds latency of every matching rule and still picks one failure', () => {
    const f = new FaultInjector();
    f.set([{ kind: 'latency', ms: 10 }, { kind: 'latency', ms: 5, path: 'me' }, { kind: '429' }, { kind: '500' }]);
    expect(f.decide('GET', '/me')).toEqual({ latencyMs: 15, fault: { kind: '429' } });
  });

  it('replays probability rules identically for the same seed', () => {
    const run = (seed: number) => {
      const f = new FaultInjector();
      f.set([{ kind: '500', probability: 0.3, seed }]);
      return Array.from({ length: 200 }, () => (f.decide('GET', '/me').fault ? 1 : 0)).join('');
    };
    expect(run(42)).toBe(run(42));
    expect(run(42)).not.toBe(run(43));
    const hits = [...run(7)].filter((c) => c === '1').length;
    expect(hits).toBeGreaterThan(30);
    expect(hits).toBeLessThan(90);
  });
});
