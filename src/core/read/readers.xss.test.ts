import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText';
import { readInviteFile } from './readInviteFile';

// 6,613 XSS payloads (test/corpus): as an HTML body, in Graph fields and in iCalendar text, every one is
// read as data: no exception, no script-scheme link, every answer a Result.
const payloads = readFileSync(new URL('../../../test/corpus/xss-payloads.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const SCRIPT_LINK = /^(javascript|vbscript|data):/i;
const visible = (s: string) =>
  Array.from(s)
    .filter((c) => c.charCodeAt(0) > 0x20)
    .join('');
const opts = { source: 'x', defaultTimeZone: 'UTC' };

describe('readers on the XSS corpus', { timeout: 60_000 }, () => {
  it('has the corpus', () => {
    expect(payloads.length).toBeGreaterThan(6000);
  });

  it('htmlToText never throws and never returns a script-scheme link', () => {
    for (const p of payloads) {
      const body = htmlToText(`<p>Goal: decide</p>${p}<a href="https://ok.example/doc">doc</a>`);
      expect(body.links.filter((l) => SCRIPT_LINK.test(visible(l)))).toEqual([]);
    }
  });

  it('Graph JSON with the payload in every text field reads as data', () => {
    for (const p of payloads) {
      const event = {
        subject: p,
        start: { dateTime: '2026-12-09T10:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-09T11:00:00', timeZone: 'UTC' },
        body: { contentType: 'html', content: p },
        location: { displayName: p },
        attendees: [{ type: 'required', emailAddress: { name: p, address: p } }],
      };
      const r = readInviteFile('x.json', JSON.stringify(event), opts);
      expect(r.ok && r.value[0]?.subject).toBe(p);
    }
  });

  it('iCalendar with the payload in SUMMARY, DESCRIPTION and X-ALT-DESC answers a Result', () => {
    for (const p of payloads) {
      const esc = p.replace(/\\/g, '\\\\').replace(/[,;]/g, (c) => `\\${c}`);
      const ics = [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'DTSTART:20261209T100000Z',
        'DTEND:20261209T110000Z',
        `SUMMARY:${esc}`,
        `DESCRIPTION:${esc}`,
        `X-ALT-DESC;FMTTYPE=text/html:${esc}`,
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n');
      const r = readInviteFile('x.ics', ics, opts);
      expect(typeof r.ok).toBe('boolean');
      if (r.ok) expect(r.value[0]?.body.links.filter((l) => SCRIPT_LINK.test(visible(l)))).toEqual([]);
    }
  });
});
