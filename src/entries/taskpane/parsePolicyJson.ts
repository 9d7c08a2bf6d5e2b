import { DEFAULT_POLICY, type Policy } from '../../core/model/Policy';
import { err, ok, type Result } from '../../core/model/Result';

/**
 * Reads policy.json for the pane. The core's full validator (parsePolicy) is the contract; this keeps
 * the pane working with the fields it needs and rejects what is clearly wrong, so a bad file falls back
 * to defaults with a message instead of judging by garbage.
 */
export function parsePolicyJson(json: unknown): Result<Policy, { message: string }> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return err({ message: 'not a JSON object' });
  const p = { ...DEFAULT_POLICY, ...(json as Partial<Policy>) };
  const fine =
    typeof p.timeZone === 'string' &&
    Array.isArray(p.blockedSlots) &&
    Number.isInteger(p.minNoticeWorkingDays) &&
    Array.isArray(p.holidays) &&
    Array.isArray(p.extraWorkdays) &&
    Array.isArray(p.standardDurations) &&
    typeof p.rules === 'object';
  return fine ? ok(p) : err({ message: 'a field has the wrong type' });
}
