import { describe, expect, it } from 'vitest';
import { parseArgs } from './parseArgs';

describe('parseArgs', () => {
  it.each([
    [['a.ics'], { files: ['a.ics'], format: 'text', help: false }],
    [['a.ics', 'b.json', '--format', 'json'], { files: ['a.ics', 'b.json'], format: 'json', help: false }],
    [
      ['--now=2026-12-01T09:00:00Z', 'a.ics', '--lang', 'zh-CN', '--policy', 'p.json'],
      {
        files: ['a.ics'],
        now: '2026-12-01T09:00:00Z',
        lang: 'zh-CN',
        policy: 'p.json',
        format: 'text',
        help: false,
      },
    ],
    [['--', '--weird-name.ics'], { files: ['--weird-name.ics'], format: 'text', help: false }],
    [['-'], { files: ['-'], format: 'text', help: false }],
    [['--help'], { files: [], format: 'text', help: true }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [[], 'no input file'],
    [['a.ics', '--bogus'], "unknown option '--bogus'"],
    [['a.ics', '-x'], "unknown option '-x'"],
    [['a.ics', '--now'], 'option --now needs a value'],
    [['a.ics', '--policy='], 'option --policy needs a value'],
    [['a.ics', '--format', 'xml'], "bad --format 'xml': use json or text"],
    [['a.ics', '--lang', 'fr-FR'], "bad --lang 'fr-FR': use zh-CN or en-US"],
  ])('%j → %s', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error: message });
  });
});
