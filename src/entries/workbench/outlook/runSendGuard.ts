import type { FakeOfficeHost } from '../../../adapters/fakes/office/createFakeOfficeHost';

/** What the handler passed to `event.completed(...)` (Smart Alerts options). */
export interface SmartAlertOptions {
  allowEvent?: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

export type SendOutcome =
  | { kind: 'completed'; options: SmartAlertOptions; ms: number }
  | { kind: 'no-handler' }
  | { kind: 'load-failed' }
  | { kind: 'timeout' };

const ACTION_ID = 'onAppointmentSendHandler';
/** Outlook gives an event handler about 5 minutes; the workbench does not make anyone wait that long. */
const GIVE_UP_MS = 60_000;

/**
 * Runs the BUILT send guard the way Outlook does: a fresh runtime (here a hidden same-origin iframe)
 * whose `Office` is the fake host, the bundle loaded by a script tag, then the handler registered with
 * `Office.actions.associate` called with an event whose `completed(options)` answers the send.
 */
export async function runSendGuard(
  host: FakeOfficeHost,
  scriptUrl: string,
  onSlow: () => void,
): Promise<SendOutcome> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'send guard runtime';
  document.body.append(frame);
  try {
    const win = frame.contentWindow as (Window & { Office?: unknown }) | null;
    if (!win) return { kind: 'load-failed' };
    win.Office = host.forFrame(win as unknown as { Date: DateConstructor });
    host.actions.clear();
    const loaded = await new Promise<boolean>((resolve) => {
      const script = win.document.createElement('script');
      script.src = scriptUrl;
      script.onload = () => resolve(true);
      script.onerror = () => resolve(false);
      win.document.head.append(script);
    });
    if (!loaded) return { kind: 'load-failed' };
    const handler = host.actions.get(ACTION_ID) ?? [...host.actions.values()][0];
    if (!handler) return { kind: 'no-handler' };
    const started = performance.now();
    const slow = setTimeout(onSlow, 5_000);
    const outcome = await new Promise<SendOutcome>((resolve) => {
      const giveUp = setTimeout(() => resolve({ kind: 'timeout' }), GIVE_UP_MS);
      const event = {
        type: 'appointmentSending',
        completed(options?: SmartAlertOptions) {
          clearTimeout(giveUp);
          resolve({
            kind: 'completed',
            options: options ?? { allowEvent: true },
            ms: performance.now() - started,
          });
        },
      };
      try {
        handler(event);
      } catch {
        clearTimeout(giveUp);
        resolve({ kind: 'completed', options: { allowEvent: true }, ms: performance.now() - started });
      }
    });
    clearTimeout(slow);
    return outcome;
  } finally {
    frame.remove();
  }
}
