import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Emulator } from './Emulator';
import { startEmulator } from './startEmulator';

/**
 * One seeded emulator for a test file (call at its top level): started before the first test, closed after
 * the last, and with `reset` back to the seed before each test, so tests never see each other's writes.
 */
export function emulatorForFile(options: { reset?: boolean } = {}): () => Emulator {
  let emu: Emulator | undefined;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  if (options.reset) beforeEach(() => emu?.store.reset());
  afterAll(async () => {
    await emu?.close();
  });
  return () => {
    if (!emu) throw new Error('emulatorForFile: the emulator starts in beforeAll');
    return emu;
  };
}
