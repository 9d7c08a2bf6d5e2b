import type { AppError } from '../errors/AppError';
import type { Policy } from '../model/Policy';
import type { Result } from '../model/Result';
import type { DeltaRequest, ServicePorts } from '../ports/ServicePorts';
import { executeIntent, type ExecOutcome } from './executeIntent';
import { shardOf, type ServiceIntent } from './ServiceIntent';
import type { ServiceEvent, ServicePolicy, ServiceSnapshot } from './ServiceModel';
import { peopleMap, serviceJobs } from './serviceJobs';

export interface TickDeps {
  ports: ServicePorts;
  policy: Policy;
  sp: ServicePolicy;
  instanceId: string;
  shard: { index: number; count: number };
  now: () => Date;
}

/** What one instance keeps between ticks: only delta tokens, an optimisation (lost on restart, then a full round). */
export interface TickMemory {
  tokens: Map<string, string>;
}

export interface TickReport {
  at: string;
  intents: ServiceIntent[];
  outcomes: Array<{ key: string; outcome: ExecOutcome }>;
  errors: AppError[];
}

const DAY = 86_400_000;
/** Events the clock jobs look at: the last quarter (reviews, stand-ups) to tomorrow. */
const LOOKBACK_MS = 100 * DAY;
const AUDIT_AHEAD_MS = 366 * DAY;
const INTENT_TRIES = 3;

const retryable = (e: AppError) =>
  e.kind === 'throttled' ||
  e.kind === 'server' ||
  e.kind === 'timeout' ||
  e.kind === 'offline' ||
  e.kind === 'unknown';

/** Reads are safe to repeat; a few quick tries so one 503 does not cost a whole tick (the adapter backs off). */
async function read<T>(call: () => Promise<Result<T, AppError>>, tries = 3): Promise<Result<T, AppError>> {
  let last: Result<T, AppError> = await call();
  for (let i = 1; i < tries && !last.ok && retryable(last.error); i++) last = await call();
  return last;
}

const settled = (o: ExecOutcome) => o.kind === 'sent' || o.kind === 'already' || o.kind === 'outside-window';

/**
 * One tick of one instance: who is watched, what changed in their calendars, what the clock asks for;
 * then each intent of this instance's shard, exactly once (executeIntent). A delta token only moves on
 * when every audit intent of that mailbox is settled, so a crash or failure replays the events.
 */
export async function serviceTick(deps: TickDeps, memory: TickMemory): Promise<TickReport> {
  const now = deps.now();
  const report: TickReport = { at: now.toISOString(), intents: [], outcomes: [], errors: [] };
  const mine = (userId: string) => shardOf(userId, deps.shard.count) === deps.shard.index;

  const members = await read(() => deps.ports.members.listMembers(deps.sp.groupId));
  if (!members.ok) return { ...report, errors: [members.error] };
  const people = members.value;
  const watched = people.filter((p) => mine(p.id));

  const requests: DeltaRequest[] = watched.map((p) => {
    const token = memory.tokens.get(p.id);
    return {
      userId: p.id,
      ...(token ? { token } : {}),
      window: {
        start: new Date(now.getTime() - DAY).toISOString(),
        end: new Date(now.getTime() + AUDIT_AHEAD_MS).toISOString(),
      },
    };
  });
  const pages = requests.length ? await deps.ports.calendar.delta(requests) : [];
  const changed: ServiceEvent[] = [];
  const nextTokens = new Map<string, string>();
  pages.forEach((page) => {
    if (!page.ok) return void report.errors.push(page.error);
    changed.push(...page.value.events);
    nextTokens.set(page.value.userId, page.value.token);
  });

  const snapshot: ServiceSnapshot = { people, events: [], tasks: [] };
  const window = {
    start: new Date(now.getTime() - LOOKBACK_MS).toISOString(),
    end: new Date(now.getTime() + DAY).toISOString(),
  };
  for (const p of watched) {
    const view = await read(() => deps.ports.calendar.calendarView(p.id, window));
    if (view.ok) snapshot.events.push(...view.value);
    else report.errors.push(view.error);
  }
  const tasks = await read(() => deps.ports.tasks.listTasks(deps.sp.groupId));
  if (tasks.ok) snapshot.tasks = tasks.value;
  else report.errors.push(tasks.error);

  const intents = serviceJobs(snapshot, changed, deps.policy, deps.sp, now).filter((i) =>
    mine(i.scope.userId),
  );
  report.intents = intents;
  const byId = peopleMap(people);
  const unsettledAudit = new Set<string>();
  for (const intent of intents) {
    const exec = {
      claims: deps.ports.claims,
      notifier: deps.ports.notifier,
      instanceId: deps.instanceId,
      now: deps.now,
      leaseMs: deps.sp.leaseMs,
      mailFromId: deps.sp.mailFromId,
      person: (id: string) => byId.get(id),
    };
    let outcome = await executeIntent(exec, intent);
    // The claim (if taken) is ours for the lease: finishing now beats waiting for the next tick.
    for (let i = 0; i < INTENT_TRIES - 1 && outcome.kind === 'retry'; i++)
      outcome = await executeIntent(exec, intent);
    report.outcomes.push({ key: intent.key, outcome });
    if (intent.kind === 'audit' && !settled(outcome)) unsettledAudit.add(intent.scope.userId);
  }
  for (const [userId, token] of nextTokens) if (!unsettledAudit.has(userId)) memory.tokens.set(userId, token);
  return report;
}
