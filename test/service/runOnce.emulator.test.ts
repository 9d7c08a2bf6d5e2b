import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/startEmulator';
import { runOnce } from '../../src/service/runOnce';
import { serviceEnv } from '../../scripts/startService';

const emus: Array<{ close(): Promise<void> }> = [];
afterAll(async () => Promise.all(emus.map((e) => e.close())));

describe('runOnce (timer hosts)', () => {
  it('runs one tick from the environment, and a second one without sending again', async () => {
    const emu = await startEmulator({});
    emus.push(emu);
    const env = serviceEnv(emu, 0, 1);
    const first = await runOnce(env);
    expect(first.errors).toEqual([]);
    expect(first.outcomes.filter((o) => o.outcome.kind === 'sent').length).toBeGreaterThan(0);
    const second = await runOnce(env);
    expect(second.outcomes.filter((o) => o.outcome.kind === 'sent')).toEqual([]);
  });
});
