// Microsoft's own validator: `atk validate` from @microsoft/m365agentstoolkit-cli checks the manifest
// against its schema and the Agents Toolkit's app-package rules, offline (verified in a network
// namespace without interfaces), in about 3 s.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ATK = resolve(ROOT, 'node_modules/@microsoft/m365agentstoolkit-cli/cli.js');

export interface AtkResult {
  ok: boolean;
  /** What atk printed (its error lines name the failing property). */
  output: string;
}

/** Runs `atk validate --manifest-file <path>` with telemetry off, in a scratch working directory. */
export function atkValidate(manifestPath: string, cwd = dirname(manifestPath)): AtkResult {
  const run = spawnSync(
    process.execPath,
    [
      ATK,
      'validate',
      '--manifest-file',
      resolve(manifestPath),
      '--telemetry',
      'false',
      '--interactive',
      'false',
    ],
    {
      cwd,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`.trim();
  return { ok: run.status === 0 && !/\(✖\)|Error:/.test(output), output };
}
