import { DEFAULT_POLICY, type Policy } from '../core/model/Policy';
import { parsePolicy } from '../core/policy/parsePolicy';
import { DEFAULT_SERVICE_POLICY, type ServicePolicy } from '../core/service/ServiceModel';

/** Everything the service reads from its environment (container env vars or Functions app settings). */
export interface ServiceConfig {
  /** `https://graph.microsoft.com/v1.0` or the emulator's `http://127.0.0.1:4000/v1.0`. */
  graphUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** The emulator's origin for the identity platform; unset in production. */
  identityOrigin?: string;
  /** The advanceable clock (`/_emu/service/clock`); unset = real time. */
  clockUrl?: string;
  groupId: string;
  mailFromId: string;
  appUrl: string;
  shardIndex: number;
  shardCount: number;
  tickMs: number;
  clockEveryMs: number;
  policy: Policy;
  service: ServicePolicy;
}

export type Env = Record<string, string | undefined>;

function need(env: Env, name: string): string {
  const v = env[name]?.trim();
  if (!v) throw new Error(`${name} is not set`);
  return v;
}

const int = (env: Env, name: string, fallback: number) => {
  const n = Number(env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number`);
  return n;
};

/** Reads MG_* settings; a missing or malformed one stops the service at start, not at 17:00. */
export function readServiceConfig(env: Env, policyJson?: string): ServiceConfig {
  let policy = DEFAULT_POLICY;
  if (policyJson) {
    const parsed = parsePolicy(JSON.parse(policyJson));
    if (!parsed.ok) throw new Error(`policy: ${parsed.error.message}`);
    policy = parsed.value;
  }
  const groupId = need(env, 'MG_GROUP_ID');
  const mailFromId = need(env, 'MG_MAIL_FROM');
  const shardCount = Math.max(1, int(env, 'MG_SHARD_COUNT', 1));
  const shardIndex = int(env, 'MG_SHARD_INDEX', 0);
  if (shardIndex >= shardCount) throw new Error('MG_SHARD_INDEX must be below MG_SHARD_COUNT');
  const appUrl = env.MG_APP_URL?.trim() || DEFAULT_SERVICE_POLICY.appUrl;
  return {
    graphUrl: env.MG_GRAPH_URL?.trim() || 'https://graph.microsoft.com/v1.0',
    tenantId: need(env, 'MG_TENANT_ID'),
    clientId: need(env, 'MG_CLIENT_ID'),
    clientSecret: need(env, 'MG_CLIENT_SECRET'),
    ...(env.MG_IDENTITY_ORIGIN ? { identityOrigin: env.MG_IDENTITY_ORIGIN } : {}),
    ...(env.MG_CLOCK_URL ? { clockUrl: env.MG_CLOCK_URL } : {}),
    groupId,
    mailFromId,
    appUrl,
    shardIndex,
    shardCount,
    tickMs: int(env, 'MG_TICK_MS', 60_000),
    clockEveryMs: int(env, 'MG_CLOCK_EVERY_MS', 15 * 60_000),
    policy,
    service: { ...DEFAULT_SERVICE_POLICY, groupId, mailFromId, appUrl },
  };
}
