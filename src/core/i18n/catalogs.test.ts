import { describe, expect, it } from 'vitest';
import { ALL_CATALOGS } from './catalogs';
import { meetingCatalog, meetingScreensCatalog } from './catalogs/meetingCatalog';
import { minutesCatalog } from './catalogs/minutesCatalog';

describe('message catalogs', () => {
  for (const [area, catalog] of Object.entries(ALL_CATALOGS)) {
    it(`${area}: zh-CN and en-US have the same keys`, () => {
      expect(Object.keys(catalog['zh-CN']).sort()).toEqual(Object.keys(catalog['en-US']).sort());
    });
    it(`${area}: every message is non-empty and uses the same placeholders in both languages`, () => {
      for (const [key, en] of Object.entries(catalog['en-US'])) {
        const zh = catalog['zh-CN'][key] ?? '';
        expect(en.trim(), key).not.toBe('');
        expect(zh.trim(), key).not.toBe('');
        const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(holes(zh), key).toEqual(holes(en));
      }
    });
  }

  it('meeting: the screens and minutes parts are merged whole, no key in both', () => {
    for (const lang of ['en-US', 'zh-CN'] as const) {
      const merged = Object.keys(meetingCatalog[lang]);
      const parts = [meetingScreensCatalog[lang], minutesCatalog[lang]].map((c) => Object.keys(c));
      expect(merged).toHaveLength(parts[0]!.length + parts[1]!.length);
      expect(new Set([...parts[0]!, ...parts[1]!])).toEqual(new Set(merged));
    }
  });
});
