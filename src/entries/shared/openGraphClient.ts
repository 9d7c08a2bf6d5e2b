import { EmulatorAuth } from '../../adapters/auth/EmulatorAuth';
import { createGraphClient, type GraphClient } from '../../adapters/graph/createGraphClient';
import { appError, type AppError } from '../../core/errors/AppError';
import type { AuthPort } from '../../core/ports/AuthPort';
import { err, ok, type Result } from '../../core/model/Result';
import { trimTrailingSlashes } from '../../core/text/trimTrailingSlashes';
import { authFromConfig, type HostUser } from './authFromConfig';
import { loadRuntimeConfig } from './loadRuntimeConfig';

/**
 * A Graph client for a Teams page. `?graph=<base>&user=<mail>` (the Teams workbench: each simulated
 * attendee signs in to the emulator as a different person) wins over the deployment's runtime config;
 * otherwise MSAL (nested app auth in Teams: call after teams-js has initialized).
 */
export async function openGraphClient(
  query: URLSearchParams,
  host: HostUser,
): Promise<Result<{ graph: GraphClient; auth: AuthPort; emulatorUser?: string }, AppError>> {
  const qGraph = query.get('graph');
  const qUser = query.get('user');
  let baseUrl: string;
  let auth: AuthPort;
  if (qGraph && qUser) {
    baseUrl = trimTrailingSlashes(new URL(qGraph, window.location.href).href);
    auth = new EmulatorAuth(qUser);
  } else {
    const config = await loadRuntimeConfig();
    baseUrl = config.graphBaseUrl;
    const made = await authFromConfig(config, host);
    if (!made.ok) return err(made.error);
    auth = made.value;
  }
  try {
    return ok({
      graph: createGraphClient({ baseUrl, auth }),
      auth,
      ...(qGraph && qUser ? { emulatorUser: qUser } : {}),
    });
  } catch (e) {
    return err(appError('bad-request', e instanceof Error ? e.message : String(e)));
  }
}
