import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atkValidate } from '../../manifest/atkValidate';
import { buildManifest } from '../../manifest/build';

interface Manifest {
  version?: string;
  configurableTabs: Array<{ context: string[] }>;
}

// Each atk run takes 3 s on an idle machine (15 s under load): one accepted, one rejected manifest.
describe("Microsoft's validator (atk validate, offline)", () => {
  it('accepts the built manifest and rejects a broken copy of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-atk-'));
    await buildManifest('example', dir);
    const good = atkValidate(join(dir, 'manifest.json'));
    expect(good.output).toMatch(/All passed/);
    expect(good.ok).toBe(true);

    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    m.configurableTabs[0]!.context.push('meetingLobby');
    const path = join(dir, 'broken.json');
    writeFileSync(path, JSON.stringify(m, null, 2));
    const bad = atkValidate(path);
    expect(bad.ok).toBe(false);
    expect(bad.output).toMatch(/configurableTabs/);
  }, 120_000);
});
