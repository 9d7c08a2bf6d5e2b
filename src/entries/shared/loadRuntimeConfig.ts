import { appError, type AppError } from '../../core/errors/AppError';
import { trimTrailingSlashes } from '../../core/text/trimTrailingSlashes';
import { DEFAULT_AUTHORITY, GUID, resolveAuthority } from '../../adapters/auth/resolveAuthority';

/**
 * Where Graph is and who signs in. A tenant deployment serves `app-config.json` (Entra client id, sign-in
 * tenant, Graph URL); the workbench also serves `workbench-config.json`, which points Graph at the local emulator and
 * names the emulator user, so the same bundle runs in both.
 */
export interface RuntimeConfig {
  graphBaseUrl: string;
  clientId: string;
  /** Entra sign-in authority from `tenantId` / `authority`; default `organizations`. */
  authority: string;
  /** app-config.json names a tenant or authority MSAL cannot use: sign-in is refused with this. */
  configError?: AppError;
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
  const authority = resolveAuthority({ tenantId: app?.tenantId, authority: app?.authority });
  const clientId = str(app?.clientId) ?? '';
  // Entra's application (client) id is a GUID; anything else (the app name, the object id's label) fails at Entra.
  const badClient = clientId && !GUID.test(clientId);
  const configError = !authority.ok
    ? authority.error
    : badClient
      ? appError(
          'not-configured',
          `app-config.json: clientId "${clientId}" is not an application (client) id`,
          {
            code: 'bad_config',
          },
        )
      : undefined;
  return {
    graphBaseUrl: trimTrailingSlashes(new URL(base, window.location.href).href),
    clientId,
    authority: authority.ok ? authority.value : DEFAULT_AUTHORITY,
    ...(configError ? { configError } : {}),
    ...(user ? { emulatorUser: user } : {}),
  };
}
