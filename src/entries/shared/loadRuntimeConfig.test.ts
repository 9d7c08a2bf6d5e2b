// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRuntimeConfig } from './loadRuntimeConfig';

function serve(files: Record<string, unknown>): void {
  vi.stubGlobal('fetch', async (url: string) => {
    const body = files[url];
    return body === undefined ? new Response('not found', { status: 404 }) : Response.json(body);
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadRuntimeConfig', () => {
  it('reads the tenant of a single-tenant deployment from app-config.json', async () => {
    serve({ 'app-config.json': { clientId: 'app', tenantId: 'contoso.com' } });
    const c = await loadRuntimeConfig();
    expect(c).toMatchObject({ clientId: 'app', authority: 'https://login.microsoftonline.com/contoso.com' });
    expect(c.configError).toBeUndefined();
  });

  it('defaults to organizations when no tenant is named', async () => {
    serve({ 'app-config.json': { clientId: 'app' } });
    expect((await loadRuntimeConfig()).authority).toBe('https://login.microsoftonline.com/organizations');
  });

  it('reports a tenant MSAL cannot use instead of signing in somewhere else', async () => {
    serve({ 'app-config.json': { clientId: 'app', authority: 'https://login.example.com/contoso.com' } });
    expect((await loadRuntimeConfig()).configError).toMatchObject({
      kind: 'unsupported',
      code: 'bad_config',
    });
  });

  it('ships an app-config.json that loads without a configuration error', async () => {
    const shipped: unknown = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../web/public/app-config.json'), 'utf8'),
    );
    serve({ 'app-config.json': shipped });
    const c = await loadRuntimeConfig();
    expect(c.configError).toBeUndefined();
    expect(c.authority).not.toMatch(/common/);
  });
});
