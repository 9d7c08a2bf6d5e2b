import type { Invite } from '../model/Invite';

/**
 * People = distinct e-mails (case-insensitive) of required and optional attendees plus the organizer;
 * resources are not people. Someone known only by name counts once per distinct name.
 */
export function countPeople(invite: Invite): number {
  const keys = new Set<string>();
  const add = (email: unknown, name: unknown) => {
    const e = typeof email === 'string' ? email.trim().toLowerCase() : '';
    const n = typeof name === 'string' ? name.trim().toLowerCase() : '';
    if (e !== '') keys.add(`e:${e}`);
    else if (n !== '') keys.add(`n:${n}`);
  };
  if (invite.organizer && invite.organizer.role !== 'resource') add(invite.organizer.email, invite.organizer.name);
  for (const p of Array.isArray(invite.attendees) ? invite.attendees : []) {
    if (p && (p.role === 'required' || p.role === 'optional' || p.role === 'organizer')) add(p.email, p.name);
  }
  return keys.size;
}
