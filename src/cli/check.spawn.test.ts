import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The real entry point, as `npm run -s check` runs it, in a child process: exit codes, stdout, stderr.
const root = fileURLToPath(new URL('../../', import.meta.url));
const NOW = ['--now', '2026-11-30T09:00:00+08:00'];

function check(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', LC_ALL: '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('check CLI (spawned)', { timeout: 30_000 }, () => {
  it('good invite → exit 0, JSON array on stdout, nothing on stderr', () => {
    const r = check(['samples/en-good-invite.json', '--format', 'json', ...NOW]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { source: string; blocked: boolean }[];
    expect(out).toEqual([expect.objectContaining({ source: 'samples/en-good-invite.json', blocked: false })]);
  });

  it('Monday-morning zh meeting → exit 1 with a text report', () => {
    const r = check(['samples/zh-group-meeting.ics', ...NOW], { TZ: 'Pacific/Chatham' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/⛔ \[BLOCKED\] Q3新品发布跨部门协调会/);
    expect(r.out).toMatch(/Mon 2026-12-07 09:00–10:00 \(Asia\/Shanghai\)/);
  });

  it('bad file among good ones → exit 2, the others reported, one stderr line without a stack', () => {
    const r = check([
      'samples/bad-missing-start.json',
      'samples/en-good-invite.json',
      '--format',
      'json',
      ...NOW,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('check: samples/bad-missing-start.json: event has no start\n');
    expect((JSON.parse(r.out) as unknown[]).length).toBe(1);
  });

  it('unknown option and missing file → exit 2, one line', () => {
    const opt = check(['samples/en-good-invite.json', '--colour']);
    expect(opt.code).toBe(2);
    expect(opt.err).toBe("check: arguments: unknown option '--colour' (try --help)\n");
    const missing = check(['samples/does-not-exist.ics', ...NOW]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /^check: samples\/does-not-exist\.ics: cannot read the file \(ENOENT[^\n]*\n$/,
    );
  });
});
