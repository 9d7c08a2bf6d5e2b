import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import type { AuthAccount, AuthPort, AuthState } from '../../core/ports/AuthPort';

/**
 * Sign-in for the local Graph emulator (workbench, e2e, bench): the bearer token `emu:<mail>` picks the
 * emulator user. No secrets, no network; signIn just switches to "signed in".
 */
export class EmulatorAuth implements AuthPort {
  private signedIn: boolean;
  private readonly profile: AuthAccount;
  constructor(
    private readonly mail: string,
    options: { signedIn?: boolean; name?: string; objectId?: string } = {},
  ) {
    this.signedIn = options.signedIn ?? true;
    this.profile = { username: mail, ...(options.name ? { name: options.name } : {}), ...(options.objectId ? { objectId: options.objectId } : {}) };
  }

  async getToken(): Promise<Result<string, AppError>> {
    if (!this.signedIn) return err(appError('interaction-required', 'emulator user not signed in'));
    return ok(`emu:${this.mail}`);
  }

  async signIn(): Promise<Result<AuthAccount, AppError>> {
    this.signedIn = true;
    return ok(this.profile);
  }

  account(): AuthAccount | null {
    return this.signedIn ? this.profile : null;
  }

  state(): AuthState {
    return this.signedIn ? 'signed-in' : 'needs-sign-in';
  }
}
