import type { IncomingMessage } from 'node:http';
import type { Emulator } from './Emulator';
import type { EmuResponse } from './EmuRequest';
import type { EmulatorStore } from './EmulatorStore';
import { validateFaultRules, type FaultInjector } from './FaultInjector';
import { renderMail } from './routes/renderMail';
import { handleServiceAdmin } from './serviceAdmin';

export interface AdminContext {
  store: EmulatorStore;
  faults: FaultInjector;
  emulator: () => Emulator;
}

async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const ok = (body: unknown): EmuResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body });
const bad = (message: string): EmuResponse => ({ status: 400, headers: { 'content-type': 'application/json' }, body: { error: { code: 'BadRequest', message } } });

/** `/_emu/*`: tooling for tests, the workbench and people; no auth, never counted in stats. */
export async function handleAdmin(req: IncomingMessage, url: URL, ctx: AdminContext): Promise<EmuResponse> {
  const route = `${req.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`;
  const { store } = ctx;
  switch (route) {
    case 'GET /_emu/health':
      return ok({
        ok: true,
        tenantId: store.state.tenantId,
        users: store.state.users.length,
        plans: store.state.plans.length,
        tasks: store.state.tasks.length,
        events: store.state.events.length,
        mail: store.state.mail.length,
      });
    case 'GET /_emu/state':
      return ok(store.state);
    case 'POST /_emu/reset': {
      const body = await readJson(req);
      const seed = body.ok && body.value && typeof body.value === 'object' ? (body.value as { seed?: unknown }).seed : undefined;
      store.reset(typeof seed === 'boolean' ? { seed } : {});
      ctx.faults.set([]);
      ctx.emulator().resetStats();
      return ok({ ok: true });
    }
    case 'GET /_emu/faults':
      return ok(ctx.faults.list());
    case 'DELETE /_emu/faults':
      ctx.faults.set([]);
      return ok([]);
    case 'POST /_emu/faults': {
      const body = await readJson(req);
      if (!body.ok) return bad('invalid JSON');
      const rules = validateFaultRules(body.value);
      if (typeof rules === 'string') return bad(rules);
      ctx.faults.set(rules);
      return ok(ctx.faults.list());
    }
    case 'POST /_emu/latency': {
      const body = await readJson(req);
      const ms = body.ok && body.value && typeof body.value === 'object' ? Number((body.value as { ms?: unknown }).ms) : NaN;
      if (!Number.isFinite(ms) || ms < 0) return bad('expected {"ms": <non-negative number>}');
      ctx.emulator().setLatency(ms);
      return ok({ ms });
    }
    case 'GET /_emu/stats':
      return ok(ctx.emulator().stats());
    case 'POST /_emu/stats/reset':
      ctx.emulator().resetStats();
      return ok({ ok: true });
    case 'GET /_emu/mail':
      return ok({ value: store.state.mail.map((m) => renderMail(store, m)) });
    case 'GET /_emu/users':
      return ok({ value: store.state.users.map((u) => ({ id: u.id, displayName: u.displayName, mail: u.mail, department: u.department, token: `emu:${u.mail}` })) });
    default: {
      const body = req.method === 'POST' ? await readJson(req) : { ok: true as const, value: undefined };
      const service = handleServiceAdmin(route, body.ok ? body.value : undefined, store);
      if (service) return service;
      return { status: 404, headers: { 'content-type': 'application/json' }, body: { error: { code: 'NotFound', message: `No emulator tool at ${route}` } } };
    }
  }
}
