import type { EmuResponse } from './EmuRequest';
import type { EmulatorStore } from './EmulatorStore';
import { appRegistry, type AppRegistration } from './appTokens';
import { renderMail } from './routes/renderMail';
import { appMissingFor } from './routes/serviceRoutes';

/** The service's clock in the workbench: real time plus an offset that the buttons move, half an hour a step. */
interface ServiceClock {
  offsetMs: number;
  targetMs: number;
  timer: ReturnType<typeof setInterval> | null;
}
const clocks = new WeakMap<EmulatorStore, ServiceClock>();
const STEP_MS = 30 * 60_000;
const STEP_EVERY_MS = 400;

function clockOf(store: EmulatorStore): ServiceClock {
  let c = clocks.get(store);
  if (!c) clocks.set(store, (c = { offsetMs: 0, targetMs: 0, timer: null }));
  return c;
}

const view = (c: ServiceClock) => ({
  now: new Date(Date.now() + c.offsetMs).toISOString(),
  offsetMs: c.offsetMs,
  targetOffsetMs: c.targetMs,
  advancing: c.offsetMs < c.targetMs,
});
const ok = (body: unknown): EmuResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body,
});
const bad = (message: string): EmuResponse => ({
  status: 400,
  headers: { 'content-type': 'application/json' },
  body: { error: { code: 'BadRequest', message } },
});

/**
 * Moves the clock in steps, not in one jump: each running service instance ticks on the way, so a day's
 * windows (17:00, the morning reminders) open and close in order, as they would in a real day.
 */
function advance(c: ServiceClock, ms: number): void {
  c.targetMs += ms;
  if (c.timer) return;
  c.timer = setInterval(() => {
    c.offsetMs = Math.min(c.targetMs, c.offsetMs + STEP_MS);
    if (c.offsetMs >= c.targetMs && c.timer) {
      clearInterval(c.timer);
      c.timer = null;
    }
  }, STEP_EVERY_MS);
  c.timer.unref?.();
}

/** `/_emu/service/*`, `/_emu/feed`, `/_emu/apps`: the workbench's view of the follow-up service. */
export function handleServiceAdmin(route: string, body: unknown, store: EmulatorStore): EmuResponse | null {
  const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  switch (route) {
    case 'GET /_emu/service/clock':
      return ok(view(clockOf(store)));
    case 'POST /_emu/service/clock': {
      const ms = Number(b.advanceMs);
      if (!Number.isFinite(ms) || ms <= 0 || ms > 31 * 86_400_000)
        return bad('expected {"advanceMs": <positive ms, at most 31 days>}');
      const c = clockOf(store);
      advance(c, ms);
      return ok(view(c));
    }
    case 'GET /_emu/feed': {
      const names = new Map(store.state.users.map((u) => [u.id, u.displayName]));
      const feed = [...(store.state.activityFeed ?? [])]
        .reverse()
        .map((f) => ({ ...f, recipient: names.get(f.recipientId) ?? f.recipientId }));
      return ok({ value: feed });
    }
    case 'GET /_emu/service/outbox': {
      const names = new Map(store.state.users.map((u) => [u.id, u.displayName]));
      const feed = [...(store.state.activityFeed ?? [])].map((f) => ({
        channel: 'feed',
        at: f.createdDateTime,
        to: names.get(f.recipientId) ?? f.recipientId,
        title: f.templateParameters.title ?? f.previewText,
        text: f.templateParameters.text ?? '',
        link: f.webUrl,
        replaced: f.replacedCount,
      }));
      const mail = store.state.mail
        .filter((m) => m.extendedProperties)
        .map((m) => ({
          channel: 'mail',
          at: m.sentDateTime,
          to: m.toRecipients.map((r) => r.emailAddress.address).join(', '),
          title: m.subject,
          text: (renderMail(store, m).bodyPreview as string) ?? '',
          link: '',
          replaced: 0,
        }));
      return ok({ value: [...feed, ...mail].sort((x, y) => y.at.localeCompare(x.at)) });
    }
    case 'POST /_emu/service/no-teams-app': {
      const ids = Array.isArray(b.userIds) ? b.userIds.map(String) : null;
      if (!ids) return bad('expected {"userIds": [...]}');
      const set = appMissingFor(store);
      set.clear();
      for (const id of ids) set.add(store.findUser(id)?.id ?? id);
      return ok({ userIds: [...set] });
    }
    case 'POST /_emu/events/touch': {
      // Benches and tests: every event (or those of `organizerIds`) becomes a new version, as an edit would.
      const only = Array.isArray(b.organizerIds) ? new Set(b.organizerIds.map(String)) : null;
      let touched = 0;
      for (const ev of store.state.events) {
        if (only && !only.has(ev.organizerId)) continue;
        ev.changeKey = `ck${store.nextEtag('Event').slice(3, 30)}`;
        ev.lastModifiedDateTime = new Date().toISOString();
        touched++;
      }
      store.changed();
      return ok({ touched });
    }
    case 'POST /_emu/apps': {
      if (typeof b.clientId !== 'string' || typeof b.secret !== 'string' || !Array.isArray(b.roles))
        return bad('expected {"clientId", "secret", "roles": [...]}');
      const app: AppRegistration = {
        clientId: b.clientId,
        secret: b.secret,
        displayName: String(b.displayName ?? b.clientId),
        roles: b.roles.map(String),
      };
      appRegistry(store).apps.set(app.clientId, app);
      return ok({ clientId: app.clientId, roles: app.roles });
    }
    default:
      return null;
  }
}
