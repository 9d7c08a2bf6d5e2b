import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';

/** Work and school accounts of any tenant: Planner does not serve personal Microsoft accounts. */
export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

/** Entra's public and national-cloud sign-in hosts: MSAL trusts these without `knownAuthorities`. */
const LOGIN_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
]);
/** An Entra tenant or application id. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** A tenant segment MSAL can sign in to: a tenant id, a verified domain, `organizations` or `common`. */
function tenantProblem(tenant: string): string | null {
  if (tenant === 'consumers') return 'consumers: personal accounts cannot use Planner';
  if (tenant === 'organizations' || tenant === 'common' || GUID.test(tenant) || DOMAIN.test(tenant))
    return null;
  return `"${tenant}" is neither a tenant id (GUID), a domain, "organizations" nor "common"`;
}

/**
 * The sign-in authority from app-config.json: `authority` (a full Entra URL) or `tenantId` (single-tenant
 * deployments: the tenant's id or domain), default `organizations`. Anything else is refused rather than
 * guessed, so a typo shows up as a configuration error instead of an Entra error page.
 */
export function resolveAuthority(config: {
  tenantId?: unknown;
  authority?: unknown;
}): Result<string, AppError> {
  const bad = (why: string) =>
    err(appError('not-configured', `app-config.json: ${why}`, { code: 'bad_config' }));
  const { tenantId, authority } = config;
  if (tenantId !== undefined && (typeof tenantId !== 'string' || !tenantId))
    return bad('tenantId must be a non-empty string');
  if (authority !== undefined && (typeof authority !== 'string' || !authority))
    return bad('authority must be a non-empty string');
  let fromUrl: string | undefined;
  let host = 'login.microsoftonline.com';
  if (typeof authority === 'string') {
    let url: URL;
    try {
      url = new URL(authority);
    } catch {
      return bad(`authority "${authority}" is not a URL`);
    }
    const segments = url.pathname.split('/').filter(Boolean);
    if (
      url.protocol !== 'https:' ||
      !LOGIN_HOSTS.has(url.hostname) ||
      segments.length !== 1 ||
      url.search ||
      url.hash
    )
      return bad(`authority "${authority}" must be https://<Entra login host>/<tenant>`);
    fromUrl = segments[0]!;
    host = url.hostname;
  }
  if (fromUrl && typeof tenantId === 'string' && fromUrl.toLowerCase() !== tenantId.toLowerCase())
    return bad(`authority names tenant "${fromUrl}" but tenantId is "${tenantId}"`);
  const tenant = fromUrl ?? (typeof tenantId === 'string' ? tenantId : undefined);
  if (!tenant) return ok(DEFAULT_AUTHORITY);
  const problem = tenantProblem(tenant);
  return problem ? bad(problem) : ok(`https://${host}/${tenant}`);
}
