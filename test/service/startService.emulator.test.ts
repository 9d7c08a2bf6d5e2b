import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/startEmulator';
import { startServiceProcesses } from '../../scripts/startService';

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start: the service supervisor', () => {
  it('stops while an instance lies dead from a signal, and starts no new one after', async () => {
    emu = await startEmulator({});
    const lines: string[] = [];
    const service = startServiceProcesses(emu, 1, (l) => lines.push(l));
    const pid = service.pids()[0]!;
    process.kill(pid, 'SIGKILL');
    await expect.poll(() => lines.some((l) => l.includes('SIGKILL'))).toBe(true);
    // Ctrl+C inside the one-second restart delay: the dead child has no exit code, only a signal.
    const stopped = await Promise.race([
      service.stop().then(() => 'stopped'),
      new Promise((done) => setTimeout(() => done('hung'), 5000)),
    ]);
    expect(stopped).toBe('stopped');
    await new Promise((done) => setTimeout(done, 1500));
    const after = service.pids()[0];
    expect(after === pid || after === undefined || !alive(after)).toBe(true);
  }, 20_000);
});
