// Offline checks of the unified manifest: Microsoft's JSON schema (bundled in @microsoft/app-manifest)
// plus what the schema does not check: https everywhere outside local development, Outlook event
// names, action and command references, the send handler's name in the built file, localization keys
// and icon sizes.
import { AppManifestUtils } from '@microsoft/app-manifest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Outlook event names of the unified manifest (`autoRunEvents[].events[].type`). */
export const OUTLOOK_EVENTS = new Set([
  'newMessageComposeCreated',
  'newAppointmentOrganizerCreated',
  'appointmentOrganizerOpened',
  'messageAttachmentsChanged',
  'appointmentAttachmentsChanged',
  'messageRecipientsChanged',
  'appointmentAttendeesChanged',
  'appointmentTimeChanged',
  'appointmentRecurrenceChanged',
  'infoBarDismissClicked',
  'messageSending',
  'appointmentSending',
  'messageComposeOpened',
  'messageFromChanged',
  'appointmentFromChanged',
  'messageReadWithCustomAttachment',
  'messageReadWithCustomHeader',
  'sensitivityLabelChanged',
  'selectedMailboxItemsChanged',
  'spamReporting',
]);

export interface ValidateOptions {
  /** Local development only: http:// URLs pass. */
  allowHttp?: boolean;
  /** Localization files by the name the manifest gives them. */
  localizations?: Record<string, Record<string, unknown>>;
  /** The built send guard, to find each executeFunction action associated by name. */
  launcheventJs?: string;
  /** sendguard.json's commandId: must be a ribbon control (the dialog's "Take action" opens it). */
  commandId?: string;
  /** PNG bytes of package icons by file name, to check sizes. */
  icons?: Record<string, Uint8Array>;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function* strings(node: Json, path: string): Generator<[string, string]> {
  if (typeof node === 'string') yield [path, node];
  else if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* strings(v, `${path}[${i}]`);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) yield* strings(v, path ? `${path}.${k}` : k);
}

/** `extensions[0].ribbons[0].tabs[0].label` → the value at that path, or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const ICON_SIZES: Record<string, number> = { color: 192, outline: 32, color32x32: 32 };

interface ManifestShape {
  manifestVersion?: string;
  icons?: Record<string, string>;
  localizationInfo?: { additionalLanguages?: Array<{ file: string }> };
  extensions?: Array<{
    runtimes?: Array<{
      code?: { page?: string; script?: string };
      actions?: Array<{ id: string; type: string }>;
    }>;
    ribbons?: Array<{
      tabs?: Array<{ groups?: Array<{ controls?: Array<{ id: string; actionId?: string }> }> }>;
    }>;
    autoRunEvents?: Array<{ events?: Array<{ type: string; actionId: string }> }>;
  }>;
}

function localizationProblems(
  manifest: ManifestShape,
  files: Record<string, Record<string, unknown>>,
): string[] {
  const schema = require(
    `@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`,
  ) as {
    properties: Record<string, unknown>;
    patternProperties?: Record<string, unknown>;
    required?: string[];
  };
  // The schema's own patterns are not valid Unicode-mode regexes (ajv rejects them), so match them here.
  const patterns = Object.keys(schema.patternProperties ?? {}).map((p) => new RegExp(p));
  const out: string[] = [];
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const loc = files[file];
    if (!loc) {
      out.push(`localization file ${file} is missing`);
      continue;
    }
    for (const key of schema.required ?? [])
      if (typeof loc[key] !== 'string') out.push(`${file}: "${key}" is required`);
    for (const [key, value] of Object.entries(loc)) {
      if (key === '$schema') continue;
      if (!(key in schema.properties) && !patterns.some((p) => p.test(key)))
        out.push(`${file}: "${key}" is not a localizable key`);
      else if (typeof value !== 'string' || value.trim() === '')
        out.push(`${file}: "${key}" must be a non-empty string`);
      else if (key.includes('[') && typeof valueAt(manifest, key) !== 'string')
        out.push(`${file}: "${key}" names nothing in the manifest`);
    }
  }
  return out;
}

/** Every problem found; empty when the manifest is good to package. */
export async function validateManifest(manifest: unknown, options: ValidateOptions = {}): Promise<string[]> {
  const problems = (await AppManifestUtils.validateAgainstSchema(manifest as never)).map(
    (e) => `schema: ${e}`,
  );
  const m = manifest as ManifestShape;
  for (const [path, value] of strings(manifest as Json, '')) {
    if (/^http:\/\//i.test(value) && !options.allowHttp) problems.push(`${path}: must be https (${value})`);
  }
  const ext = m.extensions?.[0];
  const actions = new Map<string, { type: string; script?: string }>();
  for (const rt of ext?.runtimes ?? [])
    for (const a of rt.actions ?? [])
      actions.set(a.id, { type: a.type, ...(rt.code?.script ? { script: rt.code.script } : {}) });
  const controls: string[] = [];
  for (const ribbon of ext?.ribbons ?? [])
    for (const tab of ribbon.tabs ?? [])
      for (const group of tab.groups ?? [])
        for (const c of group.controls ?? []) {
          controls.push(c.id);
          if (c.actionId && !actions.has(c.actionId))
            problems.push(`ribbon control ${c.id}: action "${c.actionId}" is not defined in any runtime`);
        }
  for (const auto of ext?.autoRunEvents ?? [])
    for (const ev of auto.events ?? []) {
      if (!OUTLOOK_EVENTS.has(ev.type)) problems.push(`autoRunEvents: unknown event "${ev.type}"`);
      const action = actions.get(ev.actionId);
      if (!action)
        problems.push(`autoRunEvents ${ev.type}: action "${ev.actionId}" is not defined in any runtime`);
      else if (action.type !== 'executeFunction')
        problems.push(`autoRunEvents ${ev.type}: action "${ev.actionId}" must be executeFunction`);
      else if (!action.script)
        problems.push(
          `autoRunEvents ${ev.type}: the runtime of "${ev.actionId}" needs code.script (classic Outlook)`,
        );
      else if (options.launcheventJs !== undefined) {
        const associated = new RegExp(`associate\\(\\s*[\`'"]${ev.actionId}[\`'"]`).test(
          options.launcheventJs,
        );
        if (!associated)
          problems.push(
            `autoRunEvents ${ev.type}: the built script never calls Office.actions.associate("${ev.actionId}")`,
          );
      }
    }
  if (options.commandId !== undefined && !controls.includes(options.commandId))
    problems.push(
      `sendguard.json commandId "${options.commandId}" is not a ribbon control (${controls.join(', ') || 'none'})`,
    );
  if (options.localizations) problems.push(...localizationProblems(m, options.localizations));
  if (options.icons) {
    for (const [role, want] of Object.entries(ICON_SIZES)) {
      const file = m.icons?.[role];
      if (!file) continue;
      const bytes = options.icons[file];
      const size = bytes ? pngSize(bytes) : null;
      if (!size) problems.push(`icons.${role}: ${file} is missing or not a PNG`);
      else if (size.width !== want || size.height !== want)
        problems.push(`icons.${role}: ${file} is ${size.width}×${size.height}, needs ${want}×${want}`);
    }
  }
  return problems;
}

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;
