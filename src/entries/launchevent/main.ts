// Send guard entry: built alone into one IIFE file (vite.launchevent.config.ts) for Outlook's
// JavaScript-only runtime (classic Windows) and loaded by launchevent.html in the browser runtime.
// No DOM, no storage, no network, no Office.onReady: only Office.actions.associate at load.
import './es2016Polyfills';
import { DEFAULT_POLICY } from '../../core/model/Policy';
import { parsePolicy } from '../../core/policy/parsePolicy';
import orgPolicyJson from '../../../web/public/policy.json';
import sendGuardJson from '../../../web/public/sendguard.json';
import type { OfficeLike } from '../../adapters/office/officeTypes';
import { createSendGuard } from './createSendGuard';
import { parseSendGuardSettings } from './SendGuardSettings';

const g = globalThis as unknown as {
  Office?: OfficeLike;
  console?: { warn(...a: unknown[]): void };
  setTimeout?: (fn: () => void, ms: number) => unknown;
};
const log = (line: string) => g.console?.warn(`[Meeting Guard] ${line}`);

const org = parsePolicy(orgPolicyJson);
if (!org.ok) log(`policy.json ignored: ${org.error.message}`);
const settings = parseSendGuardSettings(sendGuardJson);
for (const p of settings.problems) log(`sendguard.json: ${p}`);

const handler = createSendGuard({
  office: () => g.Office,
  orgPolicy: org.ok ? org.value : DEFAULT_POLICY,
  settings: settings.settings,
  now: () => new Date(),
  log,
  ...(typeof g.setTimeout === 'function' ? { setTimer: (fn: () => void, ms: number) => void g.setTimeout!(fn, ms) } : {}),
});

// The id is the manifest's actionId; without this call a softBlock add-in blocks every send.
g.Office?.actions?.associate('onAppointmentSendHandler', handler as (arg?: unknown) => void);
