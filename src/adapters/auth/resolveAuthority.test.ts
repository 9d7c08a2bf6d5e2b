import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTHORITY, resolveAuthority } from './resolveAuthority';

const value = (c: { tenantId?: unknown; authority?: unknown }) => {
  const r = resolveAuthority(c);
  return r.ok ? r.value : `error: ${r.error.detail}`;
};

describe('resolveAuthority (app-config.json tenantId / authority)', () => {
  it('defaults to organizations, never to common', () => {
    expect(value({})).toBe('https://login.microsoftonline.com/organizations');
    expect(DEFAULT_AUTHORITY).not.toMatch(/common/);
  });

  it.each([
    [
      { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
      'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47',
    ],
    [{ tenantId: 'contoso.onmicrosoft.com' }, 'https://login.microsoftonline.com/contoso.onmicrosoft.com'],
    [{ tenantId: 'organizations' }, 'https://login.microsoftonline.com/organizations'],
    [
      { authority: 'https://login.microsoftonline.us/contoso.us' },
      'https://login.microsoftonline.us/contoso.us',
    ],
    [
      { authority: 'https://login.microsoftonline.com/contoso.com/', tenantId: 'Contoso.com' },
      'https://login.microsoftonline.com/contoso.com',
    ],
  ])('%j → %s', (config, expected) => {
    expect(value(config)).toBe(expected);
  });

  it.each([
    [{ tenantId: 'consumers' }, /personal accounts/],
    [{ tenantId: 'not a tenant' }, /neither a tenant id/],
    [{ tenantId: 42 }, /non-empty string/],
    [{ tenantId: '' }, /non-empty string/],
    [{ authority: 'http://login.microsoftonline.com/contoso.com' }, /must be https/],
    [{ authority: 'https://evil.example/contoso.com' }, /must be https/],
    [{ authority: 'https://login.microsoftonline.com/contoso.com/v2.0' }, /must be https/],
    [{ authority: 'login.microsoftonline.com/x' }, /not a URL/],
    [
      { authority: 'https://login.microsoftonline.com/a.com', tenantId: 'b.com' },
      /names tenant "a.com" but tenantId is "b.com"/,
    ],
  ])('refuses %j', (config, why) => {
    const r = resolveAuthority(config);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({
        kind: 'not-configured',
        code: 'bad_config',
        detail: expect.stringMatching(why),
      });
  });
});
