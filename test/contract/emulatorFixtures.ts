import { afterAll } from 'vitest';
import { EmulatorAuth } from '../../src/adapters/auth/EmulatorAuth';
import { createGraphClient, type GraphClient } from '../../src/adapters/graph/createGraphClient';
import type { FetchLike } from '../../src/adapters/graph/middleware/FetchHandler';
import type { RetryOptions } from '../../src/adapters/graph/middleware/RetryMiddleware';
import type { Emulator } from '../../src/emulator/Emulator';
import { startEmulator } from '../../src/emulator/startEmulator';
import type { EventRec, UserRec } from '../../src/emulator/EmuState';
import { eventRecord, type EventSpec } from './eventRecord';

/** One emulator for a test file, started on first use and closed after the file's tests. */
export function sharedEmulator(): () => Promise<Emulator> {
  let running: Promise<Emulator> | undefined;
  afterAll(async () => {
    if (running) await (await running).close();
  });
  return () => (running ??= startEmulator({ port: 0 }));
}

/** The signed-in emulator user and a Graph client that talks to the emulator as them. */
export function emulatorClient(
  emu: Emulator,
  options: { user?: UserRec; retry?: RetryOptions; maxInFlight?: number; fetch?: FetchLike } = {},
): { graph: GraphClient; user: UserRec } {
  const state = emu.store.state;
  const user = options.user ?? state.users.find((u) => u.id === state.defaultUserId) ?? state.users[0]!;
  const graph = createGraphClient({
    baseUrl: `${emu.url}/v1.0`,
    auth: new EmulatorAuth(user.mail),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.maxInFlight ? { maxInFlight: options.maxInFlight } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return { graph, user };
}

/** Puts an event straight into the emulator's store (what Outlook would have created). */
export function addEvent(emu: Emulator, e: EventSpec): EventRec {
  const rec = eventRecord(e);
  emu.store.state.events.push(rec);
  emu.store.changed?.();
  return rec;
}

/** A Teams meeting chat as Graph's GET /chats/{id} shows it (what Teams would have created). */
export function addMeetingChat(
  emu: Emulator,
  c: { chatId: string; topic: string; members: UserRec[]; organizer: UserRec; joinUrl: string; calendarEventId: string | null },
): void {
  const now = new Date().toISOString();
  emu.store.state.chats.push({
    id: c.chatId,
    topic: c.topic,
    chatType: 'meeting',
    createdDateTime: now,
    lastUpdatedDateTime: now,
    memberIds: c.members.map((m) => m.id),
    tenantId: emu.store.state.tenantId,
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(c.chatId)}/0`,
    onlineMeetingInfo: { calendarEventId: c.calendarEventId, joinWebUrl: c.joinUrl, organizerId: c.organizer.id },
  });
  emu.store.changed();
}

export const inHours = (base: number, h: number) => new Date(base + h * 3_600_000).toISOString();

/** Response headers a cross-origin page can read without Access-Control-Expose-Headers. */
const SAFELISTED = new Set(['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']);

/**
 * fetch as a page on another origin sees it: response headers the server does not list in
 * Access-Control-Expose-Headers are filtered out (the Fetch standard's CORS-filtered response).
 */
export const browserFetch: FetchLike = async (input, init) => {
  const res = await fetch(input, init);
  const exposed = new Set((res.headers.get('access-control-expose-headers') ?? '').split(',').map((h) => h.trim().toLowerCase()));
  const visible = new Headers();
  res.headers.forEach((v, k) => {
    if (SAFELISTED.has(k) || exposed.has(k) || exposed.has('*')) visible.set(k, v);
  });
  return new Response(res.status === 204 ? null : await res.arrayBuffer(), { status: res.status, statusText: res.statusText, headers: visible });
};
