import type { AppError } from '../../core/errors/AppError';
import { ok, type Result } from '../../core/model/Result';
import type { CalendarPort } from '../../core/ports/CalendarPort';
import type { ChatPort } from '../../core/ports/ChatPort';
import type { MailPort } from '../../core/ports/MailPort';
import type { SeriesPort } from '../../core/ports/SeriesPort';
import type { PlanPickerPort } from '../../core/ports/PlanPickerPort';
import type { DirectoryMe } from '../../core/meeting/myAddress';
import type { SyncEngine } from '../../core/sync/SyncEngine';
import { createSyncEngine } from '../../core/sync/SyncEngine';
import { webLock } from '../../adapters/storage/webLock';
import { FakeOutboxStore } from '../../adapters/fakes/FakeOutboxStore';
import { GraphCalendar } from '../../adapters/graph/GraphCalendar';
import { GraphChat } from '../../adapters/graph/GraphChat';
import { GraphDirectory } from '../../adapters/graph/GraphDirectory';
import { GraphMail } from '../../adapters/graph/GraphMail';
import { GraphPlanner } from '../../adapters/graph/GraphPlanner';
import { GraphSeries } from '../../adapters/graph/GraphSeries';
import { GraphTodo } from '../../adapters/graph/GraphTodo';
import { IndexedDbOutboxStore } from '../../adapters/storage/IndexedDbOutboxStore';
import type { HostUser } from '../shared/authFromConfig';
import { openGraphClient } from '../shared/openGraphClient';
import type { Lang } from '../../core/model/Lang';

export interface GraphPorts {
  calendar: CalendarPort;
  chat: ChatPort;
  mail: MailPort;
  sync: SyncEngine;
  /** Earlier occurrences of a recurring meeting, for carrying open items forward. */
  series: SeriesPort;
  /** The organizer picks or creates the meeting's plan from the meeting app too. */
  plans: PlanPickerPort;
  /** The signed-in user's directory object (id and mail): Teams' context has only the UPN. */
  whoAmI(): Promise<Result<DirectoryMe, AppError>>;
}

/**
 * Graph behind the meeting app. `?graph=<base>&user=<mail>` (the Teams workbench: each simulated
 * attendee signs in to the emulator as a different person) wins over the deployment's runtime config;
 * otherwise MSAL (nested app auth in Teams) with the configured Entra client id.
 */
export async function connectGraph(
  query: URLSearchParams,
  lang: Lang,
  host: HostUser,
): Promise<Result<GraphPorts, AppError>> {
  const client = await openGraphClient(query, host);
  if (!client.ok) return client;
  const { graph, emulatorUser: qUser } = client.value;
  // The outbox must survive a reload (nothing lost, nothing created twice); memory only if IndexedDB is refused.
  const opened =
    typeof indexedDB === 'undefined'
      ? null
      : await IndexedDbOutboxStore.open(`meeting-guard-outbox:${qUser ?? 'me'}`);
  const outbox = opened?.ok ? opened.value : new FakeOutboxStore();
  // Two tabs of the same user (side panel + chat tab) share the outbox: one works it at a time.
  const lock = webLock(`meeting-guard-outbox:${qUser ?? 'me'}`);
  const sync = createSyncEngine({
    planner: new GraphPlanner(graph),
    directory: new GraphDirectory(graph),
    todo: new GraphTodo(graph),
    outbox,
    clock: { now: () => Date.now() },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    lang,
    ...(lock ? { lock } : {}),
  });
  return ok({
    calendar: new GraphCalendar(graph),
    series: new GraphSeries(graph),
    chat: new GraphChat(graph),
    mail: new GraphMail(graph),
    sync,
    plans: new GraphPlanner(graph),
    whoAmI: () => graph.get<DirectoryMe>('/me?$select=id,mail,userPrincipalName,displayName'),
  });
}
