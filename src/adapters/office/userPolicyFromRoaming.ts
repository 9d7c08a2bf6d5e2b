import type { Policy } from '../../core/model/Policy';
import { parsePolicy } from '../../core/policy/parsePolicy';
import type { OfficeLike } from './officeTypes';

/** Roaming-settings key of the user's own policy additions (JSON text or object, rulebook schema). */
export const USER_POLICY_KEY = 'mg.userPolicy';

export type UserPolicyRead = { policy: Partial<Policy> | null; problem?: string };

/**
 * The user's policy from Office roaming settings, as only the fields the user wrote (so defaults never
 * override the organization's values in `tightenPolicy`). A bad policy is ignored with the reason.
 */
export function userPolicyFromRoaming(office: OfficeLike): UserPolicyRead {
  let raw: unknown;
  try {
    raw = office.context.roamingSettings?.get(USER_POLICY_KEY);
  } catch {
    return { policy: null, problem: 'roaming settings unavailable' };
  }
  if (raw === undefined || raw === null || raw === '') return { policy: null };
  let json: unknown = raw;
  if (typeof raw === 'string') {
    try {
      json = JSON.parse(raw);
    } catch {
      return { policy: null, problem: `${USER_POLICY_KEY} is not JSON` };
    }
  }
  const parsed = parsePolicy(json);
  if (!parsed.ok) return { policy: null, problem: parsed.error.message };
  const written = Object.keys(json as object) as Array<keyof Policy>;
  const partial: Partial<Policy> = {};
  for (const key of written) (partial as Record<string, unknown>)[key] = parsed.value[key];
  return { policy: partial };
}
