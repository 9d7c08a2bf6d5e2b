import { describe, expect, it } from 'vitest';
import { collectRegexLiterals } from './collectRegexLiterals';
import { MAX_GROWTH, pumpRegex } from './pumpRegex';

const { literals, constructed } = collectRegexLiterals();
// The same pattern written in several files is pumped once.
const unique = [...new Map(literals.map((s) => [s.literal, s])).values()];

/**
 * `new RegExp` builds a pattern at run time, out of the parser's sight; each site says why it is safe.
 * A new site fails the test until it is pumped here or gets a reason.
 */
const CONSTRUCTED: Record<string, string> = {
  // `prop` is one of the emulator's own property names, escaped; the shape is pumped below.
  'src/emulator/odata.ts': "a fixed shape around an escaped property name: see the 'odata filter' pump",
  // Only tests set fault rules (x-emu-fault / admin route); users never reach the emulator's faults.
  'src/emulator/FaultInjector.ts': 'a test-authored fault path, never user input',
  // A global copy of a pattern that is itself a literal pumped here.
  'src/entries/launchevent/es2016Polyfills.ts': 'matchAll polyfill copies a caller pattern (already pumped)',
};

describe('regex pump: every pattern in src grows linearly on adversarial input (10k → 100k characters)', () => {
  it('the parser finds the patterns of every layer', () => {
    const layers = new Set(literals.map((s) => s.file.split('/')[1]));
    for (const layer of ['core', 'adapters', 'cli', 'entries', 'ui', 'emulator'])
      expect(layers).toContain(layer);
    expect(unique.length).toBeGreaterThan(150);
  });

  it.each(unique.map((s) => [`${s.file}:${s.line} ${s.literal.slice(0, 80)}`, s.re] as const))(
    '%s',
    (_name, re) => {
      const worst = pumpRegex(re);
      expect(worst.growth, `${worst.label}: 100k/10k time ratio`).toBeLessThanOrEqual(MAX_GROWTH);
    },
  );

  it('odata filter: the constructed eq-pattern', () => {
    const prop = 'planId';
    const re = new RegExp(`${prop}\\s+eq\\s+'((?:[^']|'')*)'`, 'gi');
    expect(pumpRegex(re).growth).toBeLessThanOrEqual(MAX_GROWTH);
  });

  it('every new RegExp(...) site is known and says why it is safe', () => {
    const unknown = constructed
      .filter((c) => !(c.file in CONSTRUCTED))
      .map((c) => `${c.file}:${c.line} ${c.code}`);
    expect(unknown).toEqual([]);
  });
});

describe('the pump catches super-linear patterns (so a green pump means something)', () => {
  it.each([
    ['trailing whitespace, quadratic in V8', /\s+$/],
    ['"name <mail>" with a lazy group, cubic', /^\s*(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/],
    ['unclosed <script> strip, quadratic', /<(script|style)[^>]*>[\s\S]*?<\/\1>/gi],
    ['two adjacent digit runs, quadratic', /\d+\d+:/],
  ])('%s', (_name, re) => {
    expect(pumpRegex(re).growth).toBeGreaterThan(MAX_GROWTH);
  });

  it('and passes linear ones', () => {
    expect(pumpRegex(/\d{1,2}:\d{2}/g).growth).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
