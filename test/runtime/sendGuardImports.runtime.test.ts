// The send guard reads Office items, never .ics files: the iCalendar reader's tables (Windows display
// names, vendor TZID paths) and ical.js stay out of its bundle, which has a 40 KB gzip budget.
import { describe, expect, it } from 'vitest';
import { buildSendGuard } from './sendGuardHarness';

describe('send guard bundle', () => {
  it('leaves the iCalendar reader out and stays within 40 KB gzip', async () => {
    const { code, gzipBytes } = await buildSendGuard();
    expect(code).not.toContain('Kiritimati Island'); // time/windowsDisplayName
    expect(code).not.toContain('Africa America Antarctica Arctic'); // time/tzidAlias
    expect(code).not.toContain('END:VCALENDAR'); // read/readIcs
    expect(gzipBytes).toBeLessThan(40 * 1024);
  }, 60_000);
});
