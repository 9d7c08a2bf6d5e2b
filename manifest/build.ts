// `npm run manifest [-- --env <name>]`: manifest.template.json + env/<name>.json → out/manifest.json,
// out/zh-CN.json and the package icons, validated offline (validate.ts). Exit 1 on any problem.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SCOPES } from '../src/adapters/auth/graphScopes';
import { atkValidate } from './atkValidate';
import { writeIcons } from './icons';
import { readJson, validateManifest } from './validate';

const here = import.meta.dirname;
export const ROOT = resolve(here, '..');
export const OUT_DIR = resolve(here, 'out');

export interface ManifestEnv {
  allowHttp?: boolean;
  appId: string;
  version: string;
  appOrigin: string;
  entraAppId: string;
  /** Default: api://<host>/<entraAppId>. */
  entraResource?: string;
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
  sendMode: 'promptUser' | 'softBlock' | 'block';
  /** Default: the app origin's host. */
  validDomains?: string[];
}

const REQUIRED: Array<keyof ManifestEnv> = [
  'appId',
  'version',
  'appOrigin',
  'entraAppId',
  'developerName',
  'websiteUrl',
  'privacyUrl',
  'termsOfUseUrl',
  'sendMode',
];

export function loadEnv(name: string): ManifestEnv {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`bad env name "${name}"`);
  const file = resolve(here, 'env', `${name}.json`);
  if (!existsSync(file)) throw new Error(`manifest/env/${name}.json not found`);
  const env = readJson(file) as ManifestEnv;
  const missing = REQUIRED.filter((k) => typeof env[k] !== 'string' || env[k] === '');
  if (missing.length) throw new Error(`manifest/env/${name}.json: missing ${missing.join(', ')}`);
  return { ...env, appOrigin: env.appOrigin.replace(/\/+$/, '') };
}

/** Replaces every `${key}` in the template's strings; a string that is exactly `${key}` takes the value as is (arrays). */
export function renderManifest(template: unknown, env: ManifestEnv): unknown {
  const host = new URL(env.appOrigin).host;
  const values: Record<string, unknown> = {
    ...env,
    entraResource: env.entraResource ?? `api://${host}/${env.entraAppId}`,
    validDomains: env.validDomains ?? [host],
    appHost: host,
    // Teams prefetches the NAA token when these are exactly the scopes, in the order, the app requests.
    graphScopes: [...DEFAULT_SCOPES],
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const whole = /^\$\{(\w+)\}$/.exec(node);
      if (whole) {
        if (!(whole[1]! in values)) throw new Error(`template: no value for ${node}`);
        return values[whole[1]!];
      }
      return node.replace(/\$\{(\w+)\}/g, (_, key: string) => {
        if (!(key in values)) throw new Error(`template: no value for \${${key}}`);
        return String(values[key]);
      });
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(template);
}

export interface BuildResult {
  manifest: unknown;
  outDir: string;
  /** Files written to outDir that go into the package. */
  packageFiles: string[];
  problems: string[];
}

/** Builds and validates. `launcheventPath`: the built send guard to check (default dist/app/launchevent.js when present). */
export async function buildManifest(
  envName = 'local',
  outDir = OUT_DIR,
  launcheventPath = resolve(ROOT, 'dist/app/launchevent.js'),
): Promise<BuildResult> {
  const env = loadEnv(envName);
  const manifest = renderManifest(readJson(resolve(here, 'manifest.template.json')), env);
  const zh = readJson(resolve(here, 'localization.zh-CN.json')) as Record<string, unknown>;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(resolve(outDir, 'zh-CN.json'), `${JSON.stringify(zh, null, 2)}\n`);
  // Package icons beside the manifest; ribbon icons are served by the app from /assets.
  const icons = writeIcons(outDir).filter((f) => ['color.png', 'outline.png', 'color32x32.png'].includes(f));
  if (outDir === OUT_DIR) {
    writeIcons(resolve(ROOT, 'assets'));
    writeIcons(resolve(ROOT, 'web/public/assets'));
  }
  const sendGuard = readJson(resolve(ROOT, 'web/public/sendguard.json')) as { commandId?: string };
  const problems = await validateManifest(manifest, {
    allowHttp: env.allowHttp === true,
    localizations: { 'zh-CN.json': zh },
    ...(existsSync(launcheventPath) ? { launcheventJs: readFileSync(launcheventPath, 'utf8') } : {}),
    commandId: sendGuard.commandId ?? 'mgCheckInviteButton',
    icons: Object.fromEntries(icons.map((f) => [f, readFileSync(resolve(outDir, f))])),
  });
  if (!existsSync(launcheventPath))
    problems.push(
      `note: ${launcheventPath} not built yet, so the handler name was not checked (run npm run build)`,
    );
  return { manifest, outDir, packageFiles: ['manifest.json', 'zh-CN.json', ...icons], problems };
}

export function envArg(argv: string[]): string {
  const i = argv.indexOf('--env');
  return (i >= 0 ? argv[i + 1] : undefined) ?? process.env.MG_MANIFEST_ENV ?? 'local';
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = await buildManifest(envArg(process.argv));
  const errors = result.problems.filter((p) => !p.startsWith('note:'));
  // Microsoft's validator too, once our own checks pass (its messages name only the first problem).
  if (!errors.length) {
    const atk = atkValidate(resolve(result.outDir, 'manifest.json'));
    if (!atk.ok) {
      errors.push(`atk validate: ${atk.output}`);
      result.problems.push(`atk validate: ${atk.output}`);
    }
  }
  for (const p of result.problems) process.stdout.write(`${p.startsWith('note:') ? '·' : '✗'} ${p}\n`);
  process.stdout.write(
    errors.length
      ? `manifest: ${errors.length} problems\n`
      : `manifest: valid → ${result.outDir}/manifest.json\n`,
  );
  process.exit(errors.length ? 1 : 0);
}
