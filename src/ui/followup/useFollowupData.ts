import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../core/errors/AppError';
import type { FollowupData, FollowupServices } from './FollowupServices';

export type FollowupState = { status: 'loading' } | { status: 'failed'; error: AppError } | { status: 'ready'; data: FollowupData };

export function useFollowupData(services: FollowupServices): { state: FollowupState; reload: () => void } {
  const [state, setState] = useState<FollowupState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    services
      .load()
      .then((r) => live && setState(r.ok ? { status: 'ready', data: r.value } : { status: 'failed', error: r.error }))
      .catch((e: unknown) => live && setState({ status: 'failed', error: { kind: 'unknown', detail: String(e) } }));
    return () => {
      live = false;
    };
  }, [services, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
