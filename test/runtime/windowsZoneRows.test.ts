import { describe, expect, it } from 'vitest';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { resolveZone } from '../../src/core/time/resolveZone';
import { windowsZoneRows } from '../../vite.launchevent.config';

/** resolveZone's own indexing rule (src/core/time/resolveZone.ts), applied to a table. */
function index(
  rows: ReadonlyArray<{ windowsName: string; territory: string; iana: readonly string[] }>,
): Map<string, string> {
  const m = new Map<string, string>();
  for (const row of rows) {
    const first = row.iana[0];
    if (!first) continue;
    const key = row.windowsName.toLowerCase();
    if (row.territory === '001' || !m.has(key)) m.set(key, first);
  }
  return m;
}

describe('the send guard’s compact Windows zone table', () => {
  it('maps every Windows zone name exactly as the full table does, with one row per name', () => {
    const full = index(WINDOWS_TO_IANA_MAP);
    const compact = windowsZoneRows();
    expect(index(compact)).toEqual(full);
    expect(compact.length).toBe(full.size);
    expect(compact.length).toBeLessThan(WINDOWS_TO_IANA_MAP.length);
  });

  it('agrees with resolveZone on the zones the tests use', () => {
    const compact = index(windowsZoneRows());
    for (const name of [
      'China Standard Time',
      'Pacific Standard Time',
      'GMT Standard Time',
      'Tokyo Standard Time',
    ]) {
      expect(resolveZone(compact.get(name.toLowerCase()) ?? '')).toBe(resolveZone(name));
    }
  });
});
