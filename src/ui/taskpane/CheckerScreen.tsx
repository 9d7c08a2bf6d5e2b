import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState } from 'react';
import { detectInviteLang } from '../../core/fixes/detectInviteLang';
import type { Finding } from '../../core/model/Finding';
import { useServices } from '../shared/ServicesContext';
import { usePaneText } from '../shared/usePaneText';
import { BetterSlots } from './BetterSlots';
import { SendCheckCoverage } from './SendCheckCoverage';
import { fixActionsFor, type FixAction } from './fixActions';
import { FindingsView } from './FindingsView';
import { SummaryHeader } from './SummaryHeader';
import { useFixes } from './useFixes';
import { useInviteCheck } from './useInviteCheck';
import { usePolicyInForce } from './usePolicyInForce';

// The settings form is opened rarely: its inputs load when it is.
const SettingsPanel = lazy(() => import('./SettingsPanel').then((m) => ({ default: m.SettingsPanel })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  alert: {
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  footer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalL },
});

/** The invite checker: summary, grouped findings with their fixes, better slots, and the policy in force. */
export function CheckerScreen() {
  const t = usePaneText();
  const s = useStyles();
  const { lang } = useServices();
  const policy = usePolicyInForce();
  const { state, checks, recheck } = useInviteCheck(policy.state?.policy ?? null);
  const fixes = useFixes(recheck);
  const [showSlots, setShowSlots] = useState(false);
  const [showSettings, setShowSettings] = useState(false);

  const invite = state.status === 'ready' ? state.invite : null;
  const actionsFor = useCallback(
    (f: Finding): FixAction[] =>
      invite && policy.state
        ? fixActionsFor(f.rule, {
            inviteLang: detectInviteLang(invite.subject, invite.body.text, lang),
            meetingMinutes: (Date.parse(invite.end) - Date.parse(invite.start)) / 60_000,
            breakAfterMinutes: policy.state.policy.breakAfterMinutes,
          })
        : [],
    [invite, policy.state, lang],
  );
  const onFix = (a: FixAction) => {
    if (a.where !== 'slots') return void fixes.apply(a);
    setShowSlots(true);
    // Take keyboard and screen-reader users to the list the button names.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid=better-slots] [data-slot]')?.focus());
  };

  if (state.status === 'error') {
    return (
      <main className={s.root} data-check-count={checks}>
        <Text role="alert" className={s.alert}>
          {t(state.error.kind === 'unknown' ? 'error.unexpected' : 'error.item')}
        </Text>
        <Button onClick={() => void recheck()}>{t('error.retry')}</Button>
      </main>
    );
  }
  if (state.status === 'loading' || !policy.state) {
    return (
      <main className={s.root} data-check-count={checks}>
        <Text role="status">{t('app.loading')}</Text>
      </main>
    );
  }
  const { verdict } = state;
  const timeTrouble = verdict.findings.some((f) => f.rule === 'slot.blocked' || f.rule === 'notice.short');
  return (
    <main className={s.root} data-check-count={checks}>
      <SummaryHeader invite={state.invite} verdict={verdict} onRecheck={() => void recheck()} />
      {fixes.status && (
        <Text role="status" size={200} data-testid="fix-status">
          {t(fixes.status)}
        </Text>
      )}
      <FindingsView findings={verdict.findings} actionsFor={actionsFor} busy={fixes.busy} onFix={onFix} />
      {(showSlots || timeTrouble) && (
        <BetterSlots invite={state.invite} policy={policy.state.policy} busy={fixes.busy} onMove={(slot) => void fixes.move(slot)} />
      )}
      <footer className={s.footer}>
        <Text size={200} data-testid="policy-source">
          {t(`policy.${policy.state.source}`)}
        </Text>
        <SendCheckCoverage />
        {showSettings ? (
          <Suspense fallback={<Text role="status">{t('app.loading')}</Text>}>
            <SettingsPanel org={policy.state.org} initial={policy.state.settings} onSave={policy.save} onClose={() => setShowSettings(false)} />
          </Suspense>
        ) : (
          <Button size="small" appearance="secondary" onClick={() => setShowSettings(true)}>
            {t('settings.open')}
          </Button>
        )}
      </footer>
    </main>
  );
}
