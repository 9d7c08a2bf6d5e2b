// `npm run package [-- --env <name>]`: builds and validates the manifest, then zips manifest.json,
// the localization file and the package icons into manifest/out/meeting-guard.zip (upload it in the
// Microsoft 365 admin center → Integrated apps, or Teams → Upload a custom app).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { buildManifest, envArg, OUT_DIR } from './build';

export const PACKAGE_NAME = 'meeting-guard.zip';

export async function packageApp(
  envName = 'local',
  outDir = OUT_DIR,
  launcheventPath?: string,
): Promise<{ zipPath: string; entries: string[]; problems: string[] }> {
  const built = await buildManifest(envName, outDir, ...(launcheventPath ? [launcheventPath] : []));
  const problems = built.problems.filter((p) => !p.startsWith('note:'));
  const zipPath = resolve(outDir, PACKAGE_NAME);
  if (problems.length) return { zipPath, entries: [], problems };
  // Fixed timestamps: the same inputs give the same zip bytes.
  const files: Zippable = {};
  for (const f of built.packageFiles)
    files[f] = [readFileSync(resolve(outDir, f)), { mtime: new Date('2026-01-01T00:00:00Z') }];
  writeFileSync(zipPath, zipSync(files, { level: 9 }));
  return { zipPath, entries: built.packageFiles, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const r = await packageApp(envArg(process.argv));
  for (const p of r.problems) process.stdout.write(`✗ ${p}\n`);
  if (r.problems.length) process.exit(1);
  process.stdout.write(`package: ${r.zipPath} (${r.entries.join(', ')})\n`);
}
