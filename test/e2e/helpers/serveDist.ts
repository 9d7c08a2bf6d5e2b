import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { inject } from 'vitest';
import { serveStatic } from '../../../scripts/serveStatic';

const root = resolve(import.meta.dirname, '../../..');

export interface AppServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The built app: the URL the suite's globalSetup serves (MG_APP_URL / provided `appUrl`), else a
 * static server of our own over dist/app, so the suite also runs without the full setup.
 */
export async function serveDist(): Promise<AppServer> {
  let provided: string | undefined;
  try {
    provided = inject('appUrl');
  } catch {
    provided = undefined;
  }
  const url = provided ?? process.env.MG_APP_URL;
  if (url) return { url, close: async () => undefined };
  const dir = resolve(root, 'dist/app');
  if (!existsSync(resolve(dir, 'taskpane.html'))) throw new Error('dist/app/taskpane.html is missing: run npm run build');
  return serveStatic({ root: dir, mounts: { '/samples/': resolve(root, 'samples') } });
}
