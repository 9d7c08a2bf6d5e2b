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
