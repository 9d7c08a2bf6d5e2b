import { useCallback, useState } from 'react';
import type { SlotSuggestion } from '../../core/fixes/suggestSlots';
import { useServices } from '../shared/ServicesContext';
import type { PaneKey } from '../shared/usePaneText';
import type { FixAction } from './fixActions';

/**
 * Writes a fix into the invite through the port, then re-checks at once (not waiting for the body
 * poll) so the finding it answers disappears. One write at a time: the buttons are disabled meanwhile.
 */
export function useFixes(recheck: () => Promise<void>) {
  const { item } = useServices();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<PaneKey | null>(null);

  const run = useCallback(
    async (write: () => Promise<{ ok: boolean }>) => {
      setBusy(true);
      const done = await write();
      setStatus(done.ok ? 'fix.applied' : 'fix.failed');
      await recheck();
      setBusy(false);
    },
    [recheck],
  );

  const apply = useCallback(
    (action: FixAction) => {
      if (action.where === 'slots') return Promise.resolve();
      return run(() => (action.where === 'prepend' ? item.prependBody(action.html) : item.appendBody(action.html)));
    },
    [item, run],
  );

  const move = useCallback((slot: SlotSuggestion) => run(() => item.setTimes(new Date(slot.start), new Date(slot.end))), [item, run]);

  return { busy, status, apply, move };
}
