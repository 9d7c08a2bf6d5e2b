import type { ILiveShareHost } from '@microsoft/live-share';

/**
 * How long to keep asking about a client id the host does not know yet. A client registers its id
 * when its socket connects, and the host's role service learns it some 100–600 ms later, so an op can
 * arrive before its sender's roles do. Live Share's own host decorator retries 100-200-200-400-600 ms;
 * this goes on longer for slow hosts (mobile, a busy tenant), then waits for the next audience change.
 */
export const ROLE_RETRY_MS: readonly number[] = [100, 200, 200, 400, 600, 1000, 2000, 4000];

export interface RetryOptions {
  retryMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  /** A host call that has not answered by then counts as unknown (teams-js calls have no timeout). */
  askTimeoutMs?: number;
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const isRoles = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The roles in a host's answer: the documented array, or Teams mobile's `{ userRoles: [...] }`. */
export function rolesFromAnswer(answer: unknown): string[] | undefined {
  if (isRoles(answer)) return answer;
  const wrapped =
    typeof answer === 'object' && answer !== null ? (answer as { userRoles?: unknown }).userRoles : undefined;
  return isRoles(wrapped) ? wrapped : undefined;
}

/** Asks until the answer is known or the schedule runs out (then undefined). */
export async function untilKnown<T>(
  ask: () => Promise<T | undefined>,
  o: RetryOptions = {},
): Promise<T | undefined> {
  const sleep = o.sleep ?? wait;
  const once = async (): Promise<T | undefined> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((r) => {
      timer = setTimeout(() => r(undefined), o.askTimeoutMs ?? 3000);
    });
    try {
      return await Promise.race([ask().catch(() => undefined), late]);
    } finally {
      clearTimeout(timer);
    }
  };
  const answer = await once();
  if (answer !== undefined) return answer;
  for (const ms of o.retryMs ?? ROLE_RETRY_MS) {
    await sleep(ms);
    const again = await once();
    if (again !== undefined) return again;
  }
  return undefined;
}

/**
 * A client's meeting roles as the host's role service knows them, or undefined while its id is not
 * registered. getClientInfo is the current call (getClientRoles is deprecated in Live Share 1.2);
 * older Teams clients lack it, so its failure falls back to getClientRoles.
 */
export async function lookupRoles(host: ILiveShareHost, clientId: string): Promise<string[] | undefined> {
  let info: unknown;
  try {
    info = await host.getClientInfo(clientId);
  } catch {
    return rolesFromAnswer(await host.getClientRoles(clientId));
  }
  if (info === undefined || info === null) return undefined;
  return rolesFromAnswer((info as { roles?: unknown }).roles);
}

/**
 * Registers the local client id and returns its roles, in either answer shape. Live Share registers
 * the id itself on connect, and some hosts refuse a second registration: then the roles are looked up.
 */
export async function registerSelf(
  host: ILiveShareHost,
  clientId: string,
  o: RetryOptions = {},
): Promise<string[] | undefined> {
  let first = true;
  return untilKnown(async () => {
    if (!first) return lookupRoles(host, clientId);
    first = false;
    try {
      return rolesFromAnswer(await host.registerClientId(clientId)) ?? (await lookupRoles(host, clientId));
    } catch {
      return lookupRoles(host, clientId);
    }
  }, o);
}
