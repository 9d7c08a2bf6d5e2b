import type { Timers } from '../../src/adapters/office/createOfficeComposeItem';

/** Interval timers driven by hand, so polling tests never wait on the clock. */
export function manualTimers(): Timers & { tick(): Promise<void> } {
  const active = new Map<number, () => void>();
  let next = 1;
  return {
    setInterval(fn) {
      const id = next++;
      active.set(id, fn);
      return id;
    },
    clearInterval(handle) {
      active.delete(handle as number);
    },
    async tick() {
      for (const fn of [...active.values()]) fn();
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    },
  };
}
