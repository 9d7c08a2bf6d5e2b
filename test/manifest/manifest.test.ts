import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManifest, loadEnv, renderManifest } from '../../manifest/build';
import { drawIcon, encodePng } from '../../manifest/icons';
import { packageApp } from '../../manifest/package';
import { pngSize, readJson, validateManifest, valueAt } from '../../manifest/validate';
import { buildSendGuard } from '../runtime/sendGuardHarness';
import { DEFAULT_SCOPES } from '../../src/adapters/auth/graphScopes';

let launcheventPath = '';
let launcheventJs = '';
const template = readJson(resolve(import.meta.dirname, '../../manifest/manifest.template.json'));
const zh = readJson(resolve(import.meta.dirname, '../../manifest/localization.zh-CN.json')) as Record<
  string,
  unknown
>;

beforeAll(async () => {
  const built = await buildSendGuard();
  launcheventPath = built.path;
  launcheventJs = built.code;
});

const tmp = () => mkdtempSync(join(tmpdir(), 'mg-manifest-'));
const clone = <T>(x: T): T => structuredClone(x);

describe('manifest build', () => {
  it.each(['local', 'example'])(
    'env "%s" builds a manifest that passes the schema and every own check',
    async (env) => {
      const r = await buildManifest(env, tmp(), launcheventPath);
      expect(r.problems).toEqual([]);
      const m = r.manifest as Record<string, unknown>;
      expect(m.manifestVersion).toBe('1.24');
      expect(valueAt(m, 'extensions[0].autoRunEvents[0].events[0]')).toEqual({
        type: 'appointmentSending',
        actionId: 'onAppointmentSendHandler',
        options: { sendMode: 'softBlock' },
      });
      expect(valueAt(m, 'extensions[0].runtimes[1].code.script')).toMatch(/\/launchevent\.js$/);
      expect(valueAt(m, 'configurableTabs[0].context')).toEqual([
        'meetingDetailsTab',
        'meetingSidePanel',
        'meetingStage',
        'meetingChatTab',
      ]);
      expect(valueAt(m, 'configurableTabs[0].meetingSurfaces')).toEqual(['sidePanel', 'stage']);
      expect(valueAt(m, 'staticTabs[0].contentUrl')).toMatch(/\/followup\.html$/);
      // Writing the invite (one-click fixes), the live meeting state (Live Share in meeting chats) and
      // sharing the app to the meeting stage.
      expect(valueAt(m, 'authorization.permissions.resourceSpecific')).toEqual([
        { name: 'MailboxItem.ReadWrite.User', type: 'Delegated' },
        { name: 'LiveShareSession.ReadWrite.Chat', type: 'Delegated' },
        { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
      ]);
    },
  );

  it('derives the Entra resource and valid domains from the app origin', () => {
    const m = renderManifest(template, loadEnv('example'));
    expect(valueAt(m, 'webApplicationInfo')).toEqual({
      id: '8b1d2c3e-4f5a-4b6c-9d7e-0a1b2c3d4e5f',
      resource: 'api://meetingguard.contoso.example/8b1d2c3e-4f5a-4b6c-9d7e-0a1b2c3d4e5f',
      // Teams prefetches the NAA token only for the broker redirect and exactly the scopes MSAL asks for.
      nestedAppAuthInfo: [
        { redirectUri: 'brk-multihub://meetingguard.contoso.example', scopes: [...DEFAULT_SCOPES] },
      ],
    });
    expect(valueAt(m, 'validDomains')).toEqual(['meetingguard.contoso.example']);
  });
});

describe('manifest validation catches what the schema does not', () => {
  const base = () => renderManifest(template, loadEnv('example')) as Record<string, unknown>;
  const ok = { localizations: { 'zh-CN.json': zh } };

  const cases: Array<[string, (m: Record<string, unknown>) => void, Record<string, unknown>, RegExp]> = [
    [
      'an http URL outside local development',
      (m) =>
        ((valueAt(m, 'extensions[0].runtimes[0].code') as Record<string, string>).page =
          'http://x.example/taskpane.html'),
      {},
      /must be https/,
    ],
    [
      'a misspelt event',
      (m) =>
        ((valueAt(m, 'extensions[0].autoRunEvents[0].events[0]') as Record<string, string>).type =
          'OnAppointmentSend'),
      {},
      /unknown event "OnAppointmentSend"/,
    ],
    [
      'an event bound to a missing action',
      (m) =>
        ((valueAt(m, 'extensions[0].autoRunEvents[0].events[0]') as Record<string, string>).actionId =
          'nope'),
      {},
      /"nope" is not defined/,
    ],
    [
      'a bad send mode (schema)',
      (m) =>
        ((valueAt(m, 'extensions[0].autoRunEvents[0].events[0].options') as Record<string, string>).sendMode =
          'hardBlock'),
      {},
      /^schema:/,
    ],
    [
      'a handler the built file never associates',
      () => undefined,
      { launcheventJs: 'Office.actions.associate("somethingElse", f)' },
      /never calls Office\.actions\.associate\("onAppointmentSendHandler"\)/,
    ],
    [
      'a send-guard command that is no ribbon control',
      () => undefined,
      { commandId: 'ghostButton' },
      /commandId "ghostButton" is not a ribbon control/,
    ],
    [
      'a localization key naming nothing',
      () => undefined,
      { localizations: { 'zh-CN.json': { ...zh, 'staticTabs[3].name': 'x' } } },
      /names nothing/,
    ],
    [
      'a wrong icon size',
      () => undefined,
      { icons: { 'color.png': encodePng(32, 32, drawIcon(32, 'color')) } },
      /icons\.color: color\.png is 32×32, needs 192×192/,
    ],
  ];
  it.each(cases)('%s', async (_name, mutate, options, problem) => {
    const m = clone(base());
    mutate(m);
    const problems = await validateManifest(m, { ...ok, ...options });
    expect(
      problems.some((p) => problem.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('accepts the untouched manifest with the real send guard, so the cases above fail for their reason', async () => {
    expect(
      await validateManifest(base(), { ...ok, launcheventJs, commandId: 'mgCheckInviteButton' }),
    ).toEqual([]);
  });
});

describe('package', () => {
  it('zips exactly the manifest, its localization and the three package icons', async () => {
    const dir = tmp();
    const r = await packageApp('local', dir, launcheventPath);
    expect(r.problems).toEqual([]);
    const entries = unzipSync(readFileSync(r.zipPath));
    expect(Object.keys(entries).sort()).toEqual([
      'color.png',
      'color32x32.png',
      'manifest.json',
      'outline.png',
      'zh-CN.json',
    ]);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<
      string,
      unknown
    >;
    expect(manifest.id).toBe(loadEnv('local').appId);
    expect(pngSize(entries['color.png']!)).toEqual({ width: 192, height: 192 });
    expect(pngSize(entries['outline.png']!)).toEqual({ width: 32, height: 32 });
  });
});

describe('icons', () => {
  it('encodes PNGs whose pixels inflate back to what was drawn', () => {
    const px = drawIcon(16, 'color');
    const png = encodePng(16, 16, px);
    const idat = png.subarray(33 + 8, png.length - 12);
    const raw = inflateSync(idat);
    const rows = Array.from({ length: 16 }, (_, y) => raw.subarray(y * 65 + 1, (y + 1) * 65));
    expect(Buffer.concat(rows).equals(Buffer.from(px))).toBe(true);
  });

  it('outline icon: white on transparent; color icon: transparent corners, opaque accent inside', () => {
    const outline = drawIcon(32, 'outline');
    const alphas = Array.from({ length: 32 * 32 }, (_, i) => outline[i * 4 + 3]!);
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan(600);
    for (let i = 0; i < 32 * 32; i++)
      if (outline[i * 4 + 3]! > 0)
        expect(outline.subarray(i * 4, i * 4 + 3)).toEqual(new Uint8Array([255, 255, 255]));
    const color = drawIcon(192, 'color');
    expect(color[3]).toBe(0);
    const inside = (20 * 192 + 96) * 4;
    expect(Array.from(color.subarray(inside, inside + 4))).toEqual([0x4f, 0x52, 0xb2, 255]);
  });
});
