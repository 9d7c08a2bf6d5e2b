import { describe, expect, it } from 'vitest';
import { FakeAuth } from '../fakes/FakeAuth';
import { EmulatorAuth } from './EmulatorAuth';

describe('EmulatorAuth', () => {
  it('hands out emu:<mail> tokens once signed in', async () => {
    const auth = new EmulatorAuth('adele@contoso.com', { signedIn: false });
    expect(auth.state()).toBe('needs-sign-in');
    expect(await auth.getToken()).toMatchObject({ ok: false, error: { kind: 'interaction-required' } });
    expect((await auth.signIn()).ok).toBe(true);
    expect(await auth.getToken()).toEqual({ ok: true, value: 'emu:adele@contoso.com' });
    expect(auth.account()?.username).toBe('adele@contoso.com');
  });
});

describe('FakeAuth', () => {
  it.each([
    ['popup-blocked', 'blocked-popup'],
    ['cancelled', 'needs-sign-in'],
    ['consent-required', 'needs-consent'],
    ['offline', 'offline'],
    ['unsupported', 'error'],
  ] as const)('an interactive %s ends in %s after one prompt', async (kind, state) => {
    const auth = new FakeAuth(undefined, { signedIn: false }).failInteractive({ kind });
    expect((await auth.signIn()).ok).toBe(false);
    expect(auth.state()).toBe(state);
    expect(auth.calls.interactive).toBe(1);
  });
  it('a silent offline failure does not prompt', async () => {
    const auth = new FakeAuth().failSilent({ kind: 'offline' });
    expect((await auth.signIn()).ok).toBe(false);
    expect(auth.calls.interactive).toBe(0);
    expect(auth.state()).toBe('offline');
  });
});
