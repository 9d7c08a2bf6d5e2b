import { appError, type AppError } from '../../core/errors/AppError';
import { DEFAULT_POLICY, type Policy } from '../../core/model/Policy';
import { err, ok, type Result } from '../../core/model/Result';
import { resolveZone } from '../../core/time/resolveZone';

/**
 * The organization's policy, served with the add-in's own files (policy.json beside taskpane.html), so
 * an admin changes it by redeploying the web files. When it sets no zone, the mailbox's zone is the
 * meeting zone of last resort, as the rulebook says for Outlook.
 */
export async function loadOrgPolicy(url: string, mailboxZone: string | undefined): Promise<Result<Policy, AppError>> {
  // The validator (zod/mini) loads beside the policy file, in parallel with the pane's first paint.
  const validator = import('../../core/policy/parsePolicy');
  let json: unknown;
  try {
    const res = await fetch(url, { cache: 'no-cache' });
    if (!res.ok) return err(appError(res.status === 404 ? 'not-found' : 'server', `policy.json: HTTP ${res.status}`, { code: res.status }));
    json = await res.json();
  } catch (e) {
    return err(appError('offline', e instanceof Error ? e.message : String(e)));
  }
  const { parsePolicy } = await validator;
  const parsed = parsePolicy(json);
  if (!parsed.ok) return err(appError('bad-request', `policy.json: ${parsed.error.message}`));
  const hasZone = typeof json === 'object' && json !== null && 'timeZone' in json;
  const zone = hasZone ? parsed.value.timeZone : (resolveZone(mailboxZone ?? '') ?? DEFAULT_POLICY.timeZone);
  return ok({ ...parsed.value, timeZone: zone });
}
