import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGEX_REGISTRY } from '../../src/core/text/regexRegistry';
import { adversarialInputs, runPattern } from './pumpInputs';

const SMALL = 10_000;
const LARGE = 100_000;
// A linear pattern grows ~10× from 10k to 100k; quadratic backtracking grows ~100×.
const MAX_RATIO = 30;
// Below this the 10k run is mostly timer noise; a quadratic pattern takes far longer than this at 10k.
const NOISE_FLOOR_MS = 1;
const RUNS = 5;
// V8 first interprets a regex and compiles it to native code only after some runs: warm it up.
const WARM_UP = 10;

function fastest(re: RegExp, input: string): number {
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    runPattern(re, input);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('regex pump: every core pattern is linear on 100,000-character adversarial input', () => {
  it('the registry holds the patterns of every area', () => {
    const areas = new Set(REGEX_REGISTRY.map(([name]) => name.split('.')[0]));
    expect([...areas].sort()).toEqual(['agenda', 'policy', 'rules', 'text']);
    expect(REGEX_REGISTRY.length).toBeGreaterThan(40);
  });

  it.each(REGEX_REGISTRY)('%s', (_name, re) => {
    const small = adversarialInputs(re, SMALL);
    const large = adversarialInputs(re, LARGE);
    large.forEach(([label, input], i) => {
      const [, smallInput] = small[i] as [string, string];
      for (let w = 0; w < WARM_UP; w++) runPattern(re, smallInput);
      const ratio = fastest(re, input) / Math.max(fastest(re, smallInput), NOISE_FLOOR_MS);
      expect(ratio, `${label}: 100k/10k time ratio`).toBeLessThanOrEqual(MAX_RATIO);
    });
  });
});

describe('regex registry is complete', () => {
  const root = resolve(import.meta.dirname, '../../src/core');
  const files = ['agenda', 'rules', 'text', 'policy']
    .flatMap((dir) => readdirSync(join(root, dir)).map((f) => join(dir, f)))
    .concat(['evaluate.ts'])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('Patterns.ts') && !f.endsWith('regexRegistry.ts'));
  // A regex literal starts after `(`, `=`, `,`, `:`, `!`, `&`, `|`, `?` or `return`; division never does.
  const LITERAL = /(?:^|[=(,:!&|?]|return)\s*\/(?![/*\s])(?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n\\[])+\/[dgimsuyv]*/m;

  it.each(files)('%s takes its patterns from a *Patterns.ts file', (file) => {
    const source = readFileSync(join(root, file), 'utf8').replace(/^\s*(?:\/\/|\*|\/\*).*$/gm, '');
    expect(source.match(LITERAL)?.[0] ?? null).toBeNull();
    expect(source.includes('new RegExp(')).toBe(false);
  });
});
