import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { createTranslator, type Params } from '../../core/i18n/createTranslator';
import { meetingCatalog, type MeetingKey } from '../../core/i18n/catalogs/meetingCatalog';
import type { MeetingActionBody } from '../../core/meeting/MeetingAction';
import type { MeetingRunState } from '../../core/meeting/MeetingRun';
import { useMeeting } from './MeetingServices';

const translate = createTranslator(meetingCatalog);

export function useText(): (key: MeetingKey, params?: Params) => string {
  const { session } = useMeeting();
  return useCallback(
    (key: MeetingKey, params?: Params) => translate(session.lang, key, params),
    [session.lang],
  );
}

/** The shared run, re-rendered on every change from any attendee. */
export function useRun(): MeetingRunState {
  const { live } = useMeeting();
  return useSyncExternalStore(
    useCallback((cb) => live.subscribe(cb), [live]),
    () => live.state(),
  );
}

/** Dispatch that reports `forbidden` and other failures as a message instead of throwing. */
export function useDispatch(): { dispatch: (a: MeetingActionBody) => boolean; error: string | null } {
  const { live, describeError } = useMeeting();
  const [error, setError] = useState<string | null>(null);
  const dispatch = useCallback(
    (a: MeetingActionBody) => {
      const r = live.dispatch(a);
      setError(r.ok ? null : describeError(r.error));
      return r.ok;
    },
    [live, describeError],
  );
  return { dispatch, error };
}

/** The clock for timers; ticks only while something runs. */
export function useNow(active: boolean, everyMs = 1000): number {
  const { now } = useMeeting();
  const [t, setT] = useState(now);
  useEffect(() => {
    setT(now());
    if (!active) return;
    const id = setInterval(() => setT(now()), everyMs);
    return () => clearInterval(id);
  }, [active, everyMs, now]);
  return t;
}

export function formatClock(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
