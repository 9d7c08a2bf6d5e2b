// A small stand-in for `entities/decode` in the send-guard bundle only: htmlparser2's tokenizer drives
// it exactly like the real EntityDecoder, but named references come from a table of the entities
// mail bodies use (built from the real package at build time), not the full HTML5 trie (≈ 16 KB gzip).
// Numeric references, the C1 remap, legacy (no-semicolon) names and the attribute rules match.

export const DecodingMode = { Legacy: 0, Strict: 1, Attribute: 2 } as const;
type Mode = (typeof DecodingMode)[keyof typeof DecodingMode];

export interface EntityTable {
  /** Name without & and ; → decoded text. */
  names: Record<string, string>;
  /** Names HTML allows without the semicolon (amp, lt, nbsp, copy, eacute, …). */
  legacy: string[];
}

const C1 = [
  8364, 0, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 0, 381, 0, 0, 8216, 8217, 8220, 8221,
  8226, 8211, 8212, 732, 8482, 353, 8250, 339, 0, 382, 376,
];
const MAX_NAME = 32;

export function replaceCodePoint(cp: number): number {
  if (cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return 0xfffd;
  return cp >= 128 && cp <= 159 ? C1[cp - 128] || cp : cp;
}

const isAlnum = (c: string) => /^[A-Za-z0-9]$/.test(c);

export function createLiteEntityDecoder(table: EntityTable) {
  const legacy = new Set(table.legacy);
  const names = new Map(Object.entries(table.names));

  class EntityDecoder {
    private mode: Mode = DecodingMode.Legacy;
    /** Characters after '&' read so far. */
    private run = '';

    constructor(
      _tree: unknown,
      private readonly emit: (cp: number, consumed: number) => void,
    ) {}

    startEntity(mode: Mode): void {
      this.mode = mode;
      this.run = '';
    }

    /** ≥ 0: done (characters consumed from '&', 0 = not a reference); -1: needs more input. */
    write(input: string, offset: number): number {
      for (let i = offset; i < input.length; i++) {
        const c = input.charAt(i);
        const numeric = this.run.startsWith('#');
        const fits = numeric
          ? (this.run === '#' && (c === 'x' || c === 'X')) ||
            (/^#[xX]/.test(this.run) ? /[0-9A-Fa-f]/.test(c) : /[0-9]/.test(c))
          : this.run === ''
            ? c === '#' || isAlnum(c)
            : isAlnum(c);
        if (fits && this.run.length < MAX_NAME) {
          this.run += c;
          continue;
        }
        return this.finish(c);
      }
      return -1;
    }

    end(): number {
      return this.finish('');
    }

    private finish(next: string): number {
      const run = this.run;
      if (run.startsWith('#')) {
        const digits = /^#[xX]?([0-9A-Fa-f]+)$/.exec(run)?.[1];
        if (!digits) return 0;
        if (next !== ';' && this.mode === DecodingMode.Strict) return 0;
        const value = parseInt(digits, /^#[xX]/.test(run) ? 16 : 10);
        const consumed = 1 + run.length + (next === ';' ? 1 : 0);
        this.emit(replaceCodePoint(Number.isFinite(value) ? value : 0x110000), consumed);
        return consumed;
      }
      const full = next === ';' ? names.get(run) : undefined;
      if (full !== undefined) return this.emitText(full, run.length + 2);
      if (this.mode === DecodingMode.Strict) return 0;
      for (let n = run.length; n > 0; n--) {
        const name = run.slice(0, n);
        if (!legacy.has(name)) continue;
        const after = n < run.length ? run.charAt(n) : next;
        if (this.mode === DecodingMode.Attribute && (after === '=' || isAlnum(after))) return 0;
        return this.emitText(names.get(name) ?? '', n + 1);
      }
      return 0;
    }

    private emitText(text: string, consumed: number): number {
      for (let i = 0; i < text.length; i++) this.emit(text.charCodeAt(i), consumed);
      return consumed;
    }
  }

  return { DecodingMode, EntityDecoder, htmlDecodeTree: 'html', xmlDecodeTree: 'xml' };
}
