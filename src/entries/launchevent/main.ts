// Send guard entry: built alone into one IIFE file (vite.launchevent.config.ts) for Outlook's
// JavaScript-only runtime (classic Windows) and loaded by launchevent.html in the browser runtime.
// No DOM, no storage, no network, no Office.onReady: only Office.actions.associate at load.
import './es2016Polyfills';
import type { OfficeLike } from '../../adapters/office/officeTypes';
import { bundledConfig } from './bundledConfig';
import { createSendGuard } from './createSendGuard';

const g = globalThis as unknown as {
  Office?: OfficeLike;
  console?: { warn(...a: unknown[]): void };
  setTimeout?: (fn: () => void, ms: number) => unknown;
};
const log = (line: string) => g.console?.warn(`[Meeting Guard] ${line}`);

const config = bundledConfig();
for (const p of config.problems) log(p);

const handler = createSendGuard({
  office: () => g.Office,
  orgPolicy: config.orgPolicy,
  settings: config.settings,
  now: () => new Date(),
  log,
  ...(typeof g.setTimeout === 'function'
    ? { setTimer: (fn: () => void, ms: number) => void g.setTimeout!(fn, ms) }
    : {}),
});

// The id is the manifest's actionId; without this call a softBlock add-in blocks every send.
g.Office?.actions?.associate('onAppointmentSendHandler', handler as (arg?: unknown) => void);
