import { describe, expect, it } from 'vitest';
import { createOfficeSettings, type RoamingSettingsLike } from './createOfficeSettings';

function roaming(saveStatus: 'succeeded' | 'failed' = 'succeeded'): RoamingSettingsLike & { data: Map<string, unknown>; saves: number } {
  const data = new Map<string, unknown>();
  const r = {
    data,
    saves: 0,
    get: (k: string) => data.get(k),
    set: (k: string, v: unknown) => void data.set(k, v),
    saveAsync: (cb?: (res: Office.AsyncResult<void>) => void) => {
      r.saves++;
      cb?.({ status: saveStatus, value: undefined, error: { name: 'GenericResponseError', message: 'x', code: 9020 } } as unknown as Office.AsyncResult<void>);
    },
  };
  return r;
}

describe('createOfficeSettings', () => {
  it('round-trips a value and persists it with saveAsync', async () => {
    const r = roaming();
    const port = createOfficeSettings(r);
    expect(await port.getRoamingSetting('k')).toEqual({ ok: true, value: null });
    expect((await port.setRoamingSetting('k', '{"a":1}')).ok).toBe(true);
    expect(r.saves).toBe(1);
    expect(await port.getRoamingSetting('k')).toEqual({ ok: true, value: '{"a":1}' });
  });

  it('reports a failed save as an AppError, never a throw', async () => {
    const result = await createOfficeSettings(roaming('failed')).setRoamingSetting('k', 'v');
    expect(result.ok).toBe(false);
  });

  it('treats non-string stored values as absent', async () => {
    const r = roaming();
    r.data.set('k', { not: 'a string' });
    expect(await createOfficeSettings(r).getRoamingSetting('k')).toEqual({ ok: true, value: null });
  });

  it('without roaming settings keeps values for the session and says it could not persist', async () => {
    const port = createOfficeSettings(undefined);
    const saved = await port.setRoamingSetting('k', 'v');
    expect(saved.ok ? null : saved.error.kind).toBe('unsupported');
    expect(await port.getRoamingSetting('k')).toEqual({ ok: true, value: 'v' });
  });
});
