// The LiveStatePort contract: the single-user fake and the Live Share adapter must behave alike.
import { expect, it } from 'vitest';
import type { LiveStatePort } from '../../src/core/ports/LiveStatePort';

export interface ContractFactory {
  /** A port for user `me` that may (or may not) control the clock. */
  make(me: string, canControl: boolean): Promise<LiveStatePort>;
}

const items = [
  { title: 'Status', minutes: 5, kind: 'info' as const },
  { title: 'Decide', minutes: 10, kind: 'decide' as const },
];

export function liveStatePortContract(f: ContractFactory): void {
  const timeout = 60_000;
  it(
    'applies its own actions at once, stamped with the sender',
    async () => {
      const p = await f.make('li@contoso.com', true);
      const seen: number[] = [];
      const off = p.subscribe((s) => seen.push(s.decisions.length));
      expect(p.dispatch({ type: 'agenda.load', goal: 'G', items }).ok).toBe(true);
      expect(p.dispatch({ type: 'meeting.start' }).ok).toBe(true);
      expect(p.dispatch({ type: 'decision.add', id: 'd1', text: 'Yes' }).ok).toBe(true);
      expect(p.state()).toMatchObject({
        phase: 'running',
        goal: 'G',
        decisions: [{ id: 'd1', text: 'Yes', by: 'li@contoso.com' }],
      });
      expect(seen.at(-1)).toBe(1);
      off();
      p.dispatch({ type: 'decision.add', id: 'd2', text: 'Also' });
      expect(seen.at(-1)).toBe(1);
      expect(p.me).toBe('li@contoso.com');
      // The shared clock and the stamps on actions agree (local services use this machine's time).
      expect(Math.abs(p.now() - Date.now())).toBeLessThan(60_000);
      expect(p.state().decisions[0]!.at).toBeLessThanOrEqual(p.now());
      p.dispose();
    },
    timeout,
  );

  it(
    'refuses clock and phase actions without the organizer or presenter role, accepts notes',
    async () => {
      const p = await f.make('han@contoso.com', false);
      expect(p.canControl()).toBe(false);
      const r = p.dispatch({ type: 'meeting.start' });
      expect(r.ok ? 'ok' : r.error.kind).toBe('forbidden');
      expect(p.dispatch({ type: 'preread.mark', read: true }).ok).toBe(true);
      expect(p.state().readiness['han@contoso.com']).toBeTypeOf('number');
      p.dispose();
    },
    timeout,
  );

  it(
    'ignores actions that make no sense, and errors after dispose',
    async () => {
      const p = await f.make('li@contoso.com', true);
      const before = p.state();
      expect(p.dispatch({ type: 'item.next' }).ok).toBe(true);
      expect(p.state()).toEqual(before);
      p.dispose();
      expect(p.dispatch({ type: 'park.add', id: 'x', text: 'late' }).ok).toBe(false);
    },
    timeout,
  );
}
