import type { OfficeLike } from './officeTypes';

/** Outlook's signed-in user as MSAL wants it; empty when the host cannot say. */
export interface OfficeHostUser {
  loginHint?: string;
  username?: string;
}

/**
 * Who Outlook signed in, from `Office.auth.getAuthContext()` (NestedAppAuth 1.1). Not the mailbox's
 * SMTP address: a shared or aliased mailbox is not a login name, and an address that differs from the
 * UPN makes Entra sign in the wrong account or fail. Without the API there is no hint at all, and MSAL
 * asks silently without one (under NAA the host answers for its user anyway).
 */
export async function officeHostUser(office: Pick<OfficeLike, 'auth' | 'context'>): Promise<OfficeHostUser> {
  const getAuthContext = office.auth?.getAuthContext;
  if (typeof getAuthContext !== 'function') return {};
  try {
    if (office.context.requirements && !office.context.requirements.isSetSupported('NestedAppAuth', '1.1'))
      return {};
    const ctx = await getAuthContext.call(office.auth);
    const upn = ctx.userPrincipalName || undefined;
    const hint = ctx.loginHint || upn;
    return { ...(hint ? { loginHint: hint } : {}), ...(upn ? { username: upn } : {}) };
  } catch {
    return {};
  }
}
