import type { AppError } from '../errors/AppError';
import type { Policy } from '../model/Policy';
import type { Result } from '../model/Result';
import type { DeltaRequest, ServicePorts } from '../ports/ServicePorts';
import { auditJob } from './auditJob';
import { executeIntent, type ExecDeps, type ExecOutcome } from './executeIntent';
import { shardOf, type ServiceIntent } from './ServiceIntent';
import type { ServicePolicy, ServiceSnapshot, WatchedPerson } from './ServiceModel';
import { clockJobs, peopleMap } from './serviceJobs';

export interface TickDeps {
  ports: ServicePorts;
  policy: Policy;
  sp: ServicePolicy;
  instanceId: string;
  shard: { index: number; count: number };
  now: () => Date;
  /** The clock jobs (reminders, digests) read every calendar: run them at most this often (default: every tick). */
  clockEveryMs?: number;
}

/** What one instance keeps between ticks: delta tokens, an optimisation (lost on restart, then a full round). */
export interface TickMemory {
  tokens: Map<string, string>;
  lastClockAt?: number;
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
/** Mailboxes per delta round: one `$batch`. Events are judged and dropped per chunk, so memory stays flat. */
export const AUDIT_CHUNK = 20;

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

async function run(
  exec: ExecDeps,
  intents: readonly ServiceIntent[],
  report: TickReport,
): Promise<Set<string>> {
  const unsettled = new Set<string>();
  for (const intent of intents) {
    report.intents.push(intent);
    let outcome = await executeIntent(exec, intent);
    // The claim (if taken) is ours for the lease: finishing now beats waiting for the next tick.
    for (let i = 1; i < INTENT_TRIES && outcome.kind === 'retry'; i++)
      outcome = await executeIntent(exec, intent);
    report.outcomes.push({ key: intent.key, outcome });
    if (!settled(outcome)) unsettled.add(intent.scope.userId);
  }
  return unsettled;
}

/**
 * Post-send audit for this instance's mailboxes, AUDIT_CHUNK at a time: delta since the kept token, judge,
 * send. A token only moves on when every audit intent of that mailbox is settled, so a failure replays the
 * events next round and a crash (tokens lost) replays the whole window; the claims keep it to once.
 */
async function auditPhase(
  deps: TickDeps,
  memory: TickMemory,
  watched: readonly WatchedPerson[],
  people: ReadonlyMap<string, WatchedPerson>,
  exec: ExecDeps,
  report: TickReport,
  mine: (id: string) => boolean,
): Promise<void> {
  const now = deps.now();
  const window = {
    start: new Date(now.getTime() - DAY).toISOString(),
    end: new Date(now.getTime() + AUDIT_AHEAD_MS).toISOString(),
  };
  for (let i = 0; i < watched.length; i += AUDIT_CHUNK) {
    const requests: DeltaRequest[] = watched.slice(i, i + AUDIT_CHUNK).map((p) => {
      const token = memory.tokens.get(p.id);
      return { userId: p.id, ...(token ? { token } : {}), window };
    });
    const pages = await deps.ports.calendar.delta(requests);
    const next = new Map<string, string>();
    const intents: ServiceIntent[] = [];
    for (const page of pages) {
      if (!page.ok) {
        report.errors.push(page.error);
        continue;
      }
      intents.push(
        ...auditJob(page.value.events, { people, policy: deps.policy, sp: deps.sp, now }).filter((it) =>
          mine(it.scope.userId),
        ),
      );
      next.set(page.value.userId, page.value.token);
    }
    const unsettled = await run(exec, intents, report);
    for (const [userId, token] of next) if (!unsettled.has(userId)) memory.tokens.set(userId, token);
  }
}

/** Reminders and digests: this instance's calendars (lookback) and the group's tasks, judged at `now`. */
async function clockPhase(
  deps: TickDeps,
  people: readonly WatchedPerson[],
  watched: readonly WatchedPerson[],
  exec: ExecDeps,
  report: TickReport,
  mine: (id: string) => boolean,
): Promise<void> {
  const now = deps.now();
  const snapshot: ServiceSnapshot = { people: [...people], events: [], tasks: [] };
  const window = {
    start: new Date(now.getTime() - LOOKBACK_MS).toISOString(),
    end: new Date(now.getTime() + DAY).toISOString(),
  };
  const views = watched.length
    ? await deps.ports.calendar.calendarViews(
        watched.map((p) => p.id),
        window,
      )
    : [];
  for (const v of views) {
    if (v.ok) snapshot.events.push(...v.value);
    else report.errors.push(v.error);
  }
  const tasks = await read(() => deps.ports.tasks.listTasks(deps.sp.groupId));
  if (!tasks.ok) return void report.errors.push(tasks.error);
  snapshot.tasks = tasks.value;
  await run(
    exec,
    clockJobs(snapshot, deps.policy, deps.sp, now).filter((i) => mine(i.scope.userId)),
    report,
  );
}

/**
 * One tick of one instance: who is watched, the post-send audit of what changed, then (at most every
 * clockEveryMs) what the clock asks for; each intent of this instance's shard exactly once (executeIntent).
 */
export async function serviceTick(deps: TickDeps, memory: TickMemory): Promise<TickReport> {
  const now = deps.now();
  const report: TickReport = { at: now.toISOString(), intents: [], outcomes: [], errors: [] };
  const mine = (userId: string) => shardOf(userId, deps.shard.count) === deps.shard.index;
  const members = await read(() => deps.ports.members.listMembers(deps.sp.groupId));
  if (!members.ok) return { ...report, errors: [members.error] };
  const people = members.value;
  const byId = peopleMap(people);
  const watched = people.filter((p) => mine(p.id));
  const exec: ExecDeps = {
    claims: deps.ports.claims,
    notifier: deps.ports.notifier,
    instanceId: deps.instanceId,
    now: deps.now,
    leaseMs: deps.sp.leaseMs,
    mailFromId: deps.sp.mailFromId,
    person: (id) => byId.get(id),
  };
  await auditPhase(deps, memory, watched, byId, exec, report, mine);
  const every = deps.clockEveryMs ?? 0;
  if (memory.lastClockAt === undefined || now.getTime() - memory.lastClockAt >= every) {
    await clockPhase(deps, people, watched, exec, report, mine);
    memory.lastClockAt = now.getTime();
  }
  return report;
}
