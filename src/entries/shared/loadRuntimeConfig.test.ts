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
    serve({
      'app-config.json': { clientId: '5b0c7b2e-1111-4c2a-9d3e-0123456789ab', tenantId: 'contoso.com' },
    });
    const c = await loadRuntimeConfig();
    expect(c).toMatchObject({ authority: 'https://login.microsoftonline.com/contoso.com' });
    expect(c.configError).toBeUndefined();
  });

  it('defaults to organizations when no tenant is named', async () => {
    serve({ 'app-config.json': { clientId: '5b0c7b2e-1111-4c2a-9d3e-0123456789ab' } });
    expect((await loadRuntimeConfig()).authority).toBe('https://login.microsoftonline.com/organizations');
  });

  it('reports a tenant MSAL cannot use instead of signing in somewhere else', async () => {
    serve({
      'app-config.json': {
        clientId: '5b0c7b2e-1111-4c2a-9d3e-0123456789ab',
        authority: 'https://login.example.com/contoso.com',
      },
    });
    expect((await loadRuntimeConfig()).configError).toMatchObject({
      kind: 'not-configured',
      code: 'bad_config',
    });
  });

  it('refuses a client id that is not a GUID', async () => {
    serve({ 'app-config.json': { clientId: 'Meeting Guard' } });
    expect((await loadRuntimeConfig()).configError).toMatchObject({
      code: 'bad_config',
      detail: expect.stringMatching(/clientId/),
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
