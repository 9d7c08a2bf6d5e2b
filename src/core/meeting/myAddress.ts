/** The signed-in user as `GET /me?$select=id,mail,userPrincipalName,displayName` answers. */
export interface DirectoryMe {
  id: string;
  mail?: string | null;
  userPrincipalName?: string | null;
  displayName?: string | null;
}

/**
 * The address that stands for the signed-in user in an invite (organizer check, "me" among the
 * attendees). Teams' context gives only the UPN, which is not always the mail: a guest's is
 * `anna_fabrikam.com#EXT#@contoso.onmicrosoft.com`, and members may sign in on the onmicrosoft domain.
 * The directory's mail wins; without it the sign-in name is the best guess, except a guest UPN, which
 * is no address at all ('' then: nobody in the invite).
 */
export function myAddress(
  me: DirectoryMe | undefined,
  fallback: { queryUser?: string | null; upn?: string },
): string {
  if (me?.mail) return me.mail.trim().toLowerCase();
  const signIn = (me?.userPrincipalName ?? fallback.queryUser ?? fallback.upn ?? '').trim().toLowerCase();
  return signIn.includes('#ext#') ? '' : signIn;
}
