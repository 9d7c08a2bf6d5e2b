import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import { isControlAction, type MeetingActionBody } from '../../core/meeting/MeetingAction';
import type { LiveStatePort } from '../../core/ports/LiveStatePort';
import { lookupRoles, registerSelf, type RetryOptions } from './hostRoles';
import { LogBackedState } from './LogBackedState';
import { SenderGate } from './SenderGate';
import type { AzureLocalConnectionConfig } from '@fluidframework/azure-client';
import type { ILiveShareHost } from '@microsoft/live-share';

export interface JoinOptions {
  host: ILiveShareHost;
  /** The local person's id (e-mail when known). */
  me: string;
  now?: () => number;
  /** Node and tests: an explicit local connection (Live Share's own lookup reads window.location). */
  connection?: AzureLocalConnectionConfig;
  /** A control op from a sender without the organizer or presenter role was ignored (logs, tests). */
  onRefused?: (key: string, op: unknown) => void;
  /** How long to keep asking the host about a client id it does not know yet (tests shorten it). */
  roleRetry?: RetryOptions;
}

const OPS = 'ops';

/**
 * Joins the meeting's Fluid container through Live Share and exposes the run as a LiveStatePort.
 * The whole run is an op log in one SharedMap: LiveState and LiveTimer in Live Share 1.x reset when
 * everyone leaves, while a SharedMap survives, so late joiners, reloads and a meeting that empties and
 * refills all replay the same history. Only for hours, though: Live Share's hosted relay keeps a
 * container for up to 24 h and deletes most within 6 h of creation (Live Share FAQ), so the durable
 * copy of a meeting's outcomes is the event's record (saveOutcomes), never the container. Fluid and
 * Live Share are imported here, lazily, so pages that never join do not pay their ~300 KB.
 */
export async function joinLiveMeeting(o: JoinOptions): Promise<Result<LiveStatePort, AppError>> {
  try {
    const [{ LiveShareClient, UserMeetingRole }, { SharedMap }] = await Promise.all([
      import('@microsoft/live-share'),
      import('fluid-framework'),
    ]);
    const client = new LiveShareClient(o.host, o.connection ? { connection: o.connection } : {});
    // When two attendees open the tab together, one creates the container and the other is told to
    // retry; creation can take seconds on a busy machine, so allow more than Live Share's 3 lookups.
    client.maxContainerLookupTries = 40;
    const { container, services, timestampProvider } = await client.joinContainer({
      initialObjects: { [OPS]: SharedMap },
    });
    const map = container.initialObjects[OPS] as InstanceType<typeof SharedMap>;
    const controls = (r: string[]): boolean =>
      r.includes(UserMeetingRole.organizer) || r.includes(UserMeetingRole.presenter);
    let roles: string[] = [];
    const registered = new Set<string>();
    const myClientId = (): string | undefined => services.audience.getMyself()?.connections.at(-1)?.id;
    const refreshRoles = async (): Promise<void> => {
      const id = myClientId();
      if (!id) return;
      // A new client id (first join, reconnect) is registered; a known one is looked up again, since
      // roles change mid-meeting. An answer that stays unknown keeps the roles we had.
      const fresh = !registered.has(id);
      registered.add(id);
      const now = fresh
        ? await registerSelf(o.host, id, o.roleRetry)
        : await lookupRoles(o.host, id).catch(() => undefined);
      if (now) roles = now;
      stateRef.current?.notify();
    };
    const stateRef: { current?: LogBackedState } = {};
    // Roles are per Fluid client id, which the audience reports only once the connection is up.
    await new Promise<void>((resolve) => {
      const done = (): void => {
        if (!myClientId()) return;
        services.audience.off('membersChanged', done);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        services.audience.off('membersChanged', done);
        resolve();
      }, 5000);
      services.audience.on('membersChanged', done);
      done();
    });
    // The tab opens as an attendee's if the host is slow to tell the roles; they show when they come.
    let slow: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([refreshRoles(), new Promise((r) => (slow = setTimeout(r, 3000)))]);
    clearTimeout(slow);
    container.on('connected', () => void refreshRoles());
    services.audience.on('membersChanged', () => void refreshRoles());
    const state: LogBackedState = new LogBackedState({
      mode: 'live',
      me: o.me,
      clientTag: (myClientId() ?? `c${Math.random().toString(36).slice(2, 8)}`).slice(0, 12),
      now: o.now ?? (() => timestampProvider.getTimestamp()),
      canControl: () => controls(roles),
      publish: (key, op) => map.set(key, op),
      onDispose: () => {
        gate.close();
        container.dispose();
      },
    });
    stateRef.current = state;
    // History is replayed as the container holds it (as Live Share trusts its own stored state).
    for (const [k, v] of map.entries()) state.receive(k, v);
    // Live ops are checked against their sender: the service stamps each sequenced op with the Fluid
    // client id that sent it, and the host tells that client's meeting role. A client modified to skip
    // its own canControl() check can then not move everyone's clock or end the meeting.
    const gate = new SenderGate({
      ...o.roleRetry,
      lookup: (clientId) => lookupRoles(o.host, clientId),
      mayControl: controls,
      apply: (key, op) => state.receive(key, op),
      refuse: (key, op) => o.onRefused?.(key, op),
    });
    // New members register as they join: ops waiting for their sender's roles are asked about again.
    services.audience.on('membersChanged', () => gate.recheck());
    let sender: string | null = null;
    map.on('pre-op', (message: { clientId: string | null }, local: boolean) => {
      sender = local ? null : message.clientId;
    });
    map.on('valueChanged', (changed: { key: string }, local: boolean) => {
      const op: unknown = map.get(changed.key);
      const control = typeof op === 'object' && op !== null && isControlAction(op as MeetingActionBody);
      if (local || !control) return state.receive(changed.key, op);
      gate.offer(sender, changed.key, op);
    });
    return ok(state);
  } catch (e) {
    return err(mapLiveShareError(e));
  }
}

export function mapLiveShareError(e: unknown): AppError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/ECONNREFUSED|Failed to fetch|NetworkError|network|socket/i.test(msg)) return appError('offline', msg);
  if (/not supported|isSupported|frameContext|only allowed/i.test(msg)) return appError('unsupported', msg);
  if (/doesn't meet the app requirements|role/i.test(msg)) return appError('forbidden', msg);
  if (/time ?out/i.test(msg)) return appError('timeout', msg);
  return appError('unknown', msg);
}
