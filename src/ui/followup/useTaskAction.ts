import { useState } from 'react';
import type { AppError } from '../../core/errors/AppError';
import type { Result } from '../../core/model/Result';
import type { FollowupData, FollowupServices } from './FollowupServices';
import { ft } from './followupText';

export type FollowupNotice = { intent: 'success' | 'warning' | 'error'; text: string };

/** What a panel that writes to tasks gets: the data, the services, and where to report a change. */
export interface TaskPanelProps {
  data: FollowupData;
  services: FollowupServices;
  onChanged: (notice: FollowupNotice) => void;
}

/**
 * Runs one write on a task. Success and a stale ETag (someone changed the task: 412) both reload the
 * data, with the outcome shown above the reloaded page; any other failure stays on the card, explained.
 */
export function useTaskAction(services: FollowupServices, onChanged: (notice: FollowupNotice) => void) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<FollowupNotice | null>(null);
  const run = async (action: () => Promise<Result<void, AppError>>, successText: string) => {
    setBusy(true);
    setNotice(null);
    const r = await action();
    setBusy(false);
    if (r.ok) onChanged({ intent: 'success', text: successText });
    else if (r.error.kind === 'precondition-failed' || r.error.kind === 'not-found')
      onChanged({ intent: 'warning', text: ft(services.lang, 'stale') });
    else setNotice({ intent: 'error', text: services.describeError(r.error) });
  };
  return { busy, notice, run };
}
