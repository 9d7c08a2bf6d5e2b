import { trimTrailingSlashes } from '../../core/text/trimTrailingSlashes';

/**
 * Where Graph is and who signs in. A tenant deployment serves `app-config.json` (Entra client id, Graph
 * URL); the workbench also serves `workbench-config.json`, which points Graph at the local emulator and
 * names the emulator user, so the same bundle runs in both.
 */
export interface RuntimeConfig {
  graphBaseUrl: string;
  clientId: string;
  /** Set only in the workbench: sign in to the emulator as this user. */
  emulatorUser?: string;
}

async function json(url: string): Promise<Record<string, unknown> | null> {
  try {
    const res = await fetch(url, { cache: 'no-store' });
    if (!res.ok) return null;
    const body: unknown = await res.json();
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const [app, bench] = await Promise.all([json('app-config.json'), json('workbench-config.json')]);
  const base = str(bench?.graphBaseUrl) ?? str(app?.graphBaseUrl) ?? 'https://graph.microsoft.com/v1.0';
  const user = str(bench?.user);
  return {
    graphBaseUrl: trimTrailingSlashes(new URL(base, window.location.href).href),
    clientId: str(app?.clientId) ?? '',
    ...(user ? { emulatorUser: user } : {}),
  };
}
