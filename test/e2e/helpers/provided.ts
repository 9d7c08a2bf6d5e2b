import { inject } from 'vitest';

/** A URL globalSetup provides (or the environment, when the suite runs against a server already up). */
export function provided(key: 'appUrl' | 'graphUrl' | 'fluidUrl', env: string): string {
  let v: string | undefined;
  try {
    v = inject(key);
  } catch {
    v = undefined;
  }
  v = v || process.env[env];
  if (!v) throw new Error(`${key} not provided: run through vitest.e2e.config.ts or set ${env}`);
  return v;
}
