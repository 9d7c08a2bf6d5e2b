import { SERVICE_APP } from './appTokens';
import type { Emulator } from './Emulator';

export interface CallResult {
  status: number;
  headers: Headers;
  // Tests read arbitrary Graph JSON; a loose type keeps them short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface CallOptions {
  /** Bearer token; `null` sends no Authorization header. Default `emu:organizer`. */
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A tiny Graph caller for tests and scripts: `path` is below `/v1.0` (or starts with `/_emu`). */
export async function call(emu: Pick<Emulator, 'url'>, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? 'emu:organizer' : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const url = path.startsWith('/_emu') ? `${emu.url}${path}` : `${emu.url}/v1.0${path}`;
  const res = await fetch(url, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** A client-credentials token for an app the emulator knows (the service app by default). */
export async function appToken(
  emu: Pick<Emulator, 'url' | 'store'>,
  app: { clientId: string; secret: string } = SERVICE_APP,
): Promise<string> {
  const res = await fetch(`${emu.url}/${emu.store.state.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: app.clientId,
      client_secret: app.secret,
      scope: 'https://graph.microsoft.com/.default',
    }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}
