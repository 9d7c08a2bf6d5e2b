import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../core/errors/AppError';
import { appError } from '../../core/errors/AppError';
import { evaluate, type Verdict } from '../../core/evaluate';
import type { Invite } from '../../core/model/Invite';
import type { Policy } from '../../core/model/Policy';
import { useServices } from '../shared/ServicesContext';
import { usePaneText } from '../shared/usePaneText';

export type CheckState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; invite: Invite; verdict: Verdict };

const INFO_BAR_KEY = 'meetingGuardBlocked';

/**
 * Reads the compose item, judges it, and does it again on every change the host reports (time,
 * recipients, recurrence, attachments, location, and the polled body). Results of a stale read are
 * dropped, so a slow read can never overwrite a newer one. A block is mirrored in the item's info bar,
 * which Outlook shows even when the pane is closed.
 */
export function useInviteCheck(policy: Policy | null): { state: CheckState; checks: number; recheck(): Promise<void> } {
  const { item, now, lang, recheckEveryMs } = useServices();
  const t = usePaneText();
  const [state, setState] = useState<CheckState>({ status: 'loading' });
  // Completed checks, exposed on the page so tests can wait for a re-check instead of sleeping.
  const [checks, setChecks] = useState(0);
  const sequence = useRef(0);
  const shownBar = useRef<string | null>(null);

  const recheck = useCallback(async () => {
    if (!policy) return;
    const mine = ++sequence.current;
    const read = await item.readInvite({ fallbackZone: policy.timeZone });
    if (mine !== sequence.current) return;
    setChecks((n) => n + 1);
    if (!read.ok) {
      setState({ status: 'error', error: read.error });
      return;
    }
    try {
      setState({ status: 'ready', invite: read.value, verdict: evaluate(read.value, policy, now(), { lang }) });
    } catch (e) {
      // evaluate is pure and total by contract; if it ever throws, the user gets a message, not a stack.
      setState({ status: 'error', error: appError('unknown', e instanceof Error ? e.message : String(e)) });
    }
  }, [item, policy, now, lang]);

  useEffect(() => {
    void recheck();
    return item.onChange(() => void recheck());
  }, [item, recheck]);

  useEffect(() => {
    if (!recheckEveryMs) return;
    const tick = () => document.visibilityState === 'visible' && void recheck();
    const timer = setInterval(tick, recheckEveryMs);
    window.addEventListener('focus', tick);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', tick);
    };
  }, [recheck, recheckEveryMs]);

  const blockMessage = state.status === 'ready' ? (state.verdict.findings.find((f) => f.severity === 'block')?.message ?? null) : null;
  useEffect(() => {
    if (blockMessage === shownBar.current) return;
    shownBar.current = blockMessage;
    if (blockMessage) void item.showInfoBar(INFO_BAR_KEY, { type: 'error', message: t('infobar.blocked', { message: blockMessage }) });
    else void item.removeInfoBar(INFO_BAR_KEY);
  }, [blockMessage, item, t]);

  return { state, checks, recheck };
}
