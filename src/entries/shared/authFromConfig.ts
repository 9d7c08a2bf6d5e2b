import { createBrowserAuth } from '../../adapters/auth/createBrowserAuth';
import { EmulatorAuth } from '../../adapters/auth/EmulatorAuth';
import type { AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import type { AuthPort } from '../../core/ports/AuthPort';
import type { RuntimeConfig } from './loadRuntimeConfig';

/** Who the host says is signed in: Office.auth.getAuthContext() in Outlook, app.getContext().user in Teams. */
export interface HostUser {
  loginHint?: string;
  /** The UPN, to keep MSAL on this user's account. */
  username?: string;
}

/**
 * Sign-in as the deployment configured it: the emulator's user in the workbench, else MSAL with the
 * configured client id and authority (nested app auth when the host's bridge is up — so a Teams page
 * must have finished teams-js `app.initialize()` before calling this).
 */
export async function authFromConfig(
  config: RuntimeConfig,
  host: HostUser = {},
): Promise<Result<AuthPort, AppError>> {
  if (config.emulatorUser) return ok(new EmulatorAuth(config.emulatorUser));
  if (config.configError) return err(config.configError);
  return createBrowserAuth({
    clientId: config.clientId,
    authority: config.authority,
    ...(host.loginHint ? { loginHint: host.loginHint } : {}),
    ...(host.username ? { username: host.username } : {}),
  });
}

/** The Teams context's user as MSAL's host user: its login hint (else the UPN) and its UPN. */
export function teamsHostUser(user: { upn?: string; loginHint?: string } | undefined): HostUser {
  const hint = user?.loginHint ?? user?.upn;
  return { ...(hint ? { loginHint: hint } : {}), ...(user?.upn ? { username: user.upn } : {}) };
}
