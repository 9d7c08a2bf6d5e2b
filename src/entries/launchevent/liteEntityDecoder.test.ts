import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The exact decoder htmlparser2 runs in the pane and the CLI.
import * as real from '../../../node_modules/htmlparser2/node_modules/entities/dist/decode.js';
import { entityTable } from '../../../vite.launchevent.config';
import { createLiteEntityDecoder, DecodingMode } from './liteEntityDecoder';

interface DecoderLike {
  startEntity(mode: number): void;
  write(input: string, offset: number): number;
  end(): number;
}
type Make = (emit: (cp: number, consumed: number) => void) => DecoderLike;

const table = entityTable();
const lite = createLiteEntityDecoder(table);
const makeLite: Make = (emit) => new lite.EntityDecoder(lite.htmlDecodeTree, emit);
const makeReal: Make = (emit) => new real.EntityDecoder(real.htmlDecodeTree, emit) as unknown as DecoderLike;

/** Drives a decoder the way htmlparser2's Tokenizer does: at each '&', write the rest, end() if it asks for more. */
function decode(make: Make, input: string, mode: number): string {
  let out = '';
  let i = 0;
  while (i < input.length) {
    if (input[i] !== '&') {
      out += input[i];
      i++;
      continue;
    }
    const cps: number[] = [];
    const d = make((cp) => cps.push(cp));
    d.startEntity(mode);
    let n = d.write(input, i + 1);
    if (n === -1) n = d.end();
    if (n > 0) {
      out += cps.map((cp) => String.fromCodePoint(cp)).join('');
      i += n;
    } else {
      out += '&';
      i++;
    }
  }
  return out;
}

const MODES = [DecodingMode.Legacy, DecodingMode.Attribute];

describe('lite entity decoder (send guard only) agrees with htmlparser2’s decoder', () => {
  it('covers the names mail bodies use, with their legacy (no-semicolon) forms', () => {
    expect(Object.keys(table.names).length).toBeGreaterThan(150);
    expect(table.names.nbsp).toBe('\u00a0');
    expect(table.legacy).toEqual(expect.arrayContaining(['amp', 'lt', 'nbsp', 'copy', 'eacute']));
    expect(table.legacy).not.toContain('hellip');
  });

  const samples = [
    ...Object.keys(table.names).flatMap((n) => [`&${n};`, `a&${n} b`, `&${n}x`, `&${n}=`, `&${n}`]),
    '&#39;',
    '&#x27;',
    '&#X4e2d;',
    '&#150;',
    '&#0;',
    '&#xD800;',
    '&#x110000;',
    '&#99999999999;',
    '&#39',
    '&#x;',
    '&#;',
    '&#',
    '&',
    '&;',
    '& x',
    '&&amp;',
    '&notit;',
    '&ampx;',
    'AT&T',
    'a=1&b=2',
    '&amp;lt;',
    '&nbsp&nbsp;',
    '&#x1F600;',
  ];
  it.each(MODES)('on %s-mode samples', (mode) => {
    for (const s of samples) expect(decode(makeLite, s, mode), s).toBe(decode(makeReal, s, mode));
  });

  it('on generated text made of listed names, digits and delimiters', () => {
    const token = fc.constantFrom(
      ...Object.keys(table.names).slice(0, 80),
      '&',
      '&',
      '#',
      'x',
      '1',
      '9',
      ';',
      ' ',
      '=',
      '<',
      'é',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), fc.constantFrom(...MODES), (tokens, mode) => {
        const s = tokens.join('');
        expect(decode(makeLite, s, mode)).toBe(decode(makeReal, s, mode));
      }),
      { numRuns: 2000 },
    );
  });
});
