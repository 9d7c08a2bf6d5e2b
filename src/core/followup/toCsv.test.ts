import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

describe('toCsv', () => {
  it.each([
    [[['a', 'b']], '\ufeffa,b\r\n'],
    [[['say "hi"', 'x,y']], '\ufeff"say ""hi""","x,y"\r\n'],
    [[['line\nbreak']], '\ufeff"line\nbreak"\r\n'],
    [[['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)']], '\ufeff"\'=HYPERLINK(""http://evil"")",\'+1,\'-2,\'@SUM(A1)\r\n'],
    [[[-2, 0.5, null, undefined]], '\ufeff-2,0.5,,\r\n'],
    [[['需求对齐', '市场部']], '\ufeff需求对齐,市场部\r\n'],
  ] as const)('%j', (rows, want) => {
    expect(toCsv(rows)).toBe(want);
  });
});
