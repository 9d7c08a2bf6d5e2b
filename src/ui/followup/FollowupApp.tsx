import { useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ALL_THEMES } from '../shared/allThemes';
import type { FollowupServices } from './FollowupServices';
import { useFollowupData } from './useFollowupData';
import { AlertsPanel } from './AlertsPanel';
import { StandupPanel } from './StandupPanel';
import { RetroPanel } from './RetroPanel';
import { MyItemsPanel } from './MyItemsPanel';
import { DeclinedPanel, declinedForMe } from './DeclinedPanel';
import type { FollowupNotice } from './useTaskAction';
import { ft } from './followupText';

type TabName = 'alerts' | 'mine' | 'declined' | 'standup' | 'retro';
const TABS = ['alerts', 'mine', 'declined', 'standup', 'retro'] as const;
const VIEWS: Record<string, TabName | undefined> = { alerts: 'alerts', mine: 'mine', declined: 'declined', standup: 'standup', review: 'retro', retro: 'retro' };
const useStyles = makeStyles({
  page: { minHeight: '100vh', padding: tokens.spacingHorizontalL, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function FollowupApp({ services }: { services: FollowupServices }) {
  const styles = useStyles();
  const { lang } = services;
  // The owner's notification links to ?task=<id>: open on their items, that one in view.
  const [tab, setTab] = useState<TabName>(services.focusTaskId ? 'mine' : (VIEWS[services.initialView ?? ''] ?? 'alerts'));
  const [notice, setNotice] = useState<FollowupNotice | null>(null);
  const { state, reload } = useFollowupData(services);
  const changed = (n: FollowupNotice) => {
    setNotice(n);
    reload();
  };
  const declinedCount = state.status === 'ready' ? declinedForMe(state.data).length : 0;
  return (
    <FluentProvider theme={ALL_THEMES[services.theme]} lang={lang}>
      <main className={styles.page}>
        <div className={styles.head}>
          <Text as="h1" size={600} weight="semibold">
            {ft(lang, 'title')}
          </Text>
          <Button onClick={reload} disabled={state.status === 'loading'}>
            {ft(lang, 'refresh')}
          </Button>
        </div>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)}>
          {TABS.map((name) => (
            <Tab key={name} value={name}>
              {name === 'declined' ? ft(lang, 'tab.declined', { count: declinedCount }) : ft(lang, `tab.${name}`)}
            </Tab>
          ))}
        </TabList>
        {notice && (
          <MessageBar intent={notice.intent} role="status">
            {notice.text}
          </MessageBar>
        )}
        {state.status === 'loading' && <Spinner label={ft(lang, 'loading')} />}
        {state.status === 'failed' && (
          <MessageBar intent="error">
            {services.describeError(state.error)}{' '}
            {services.signIn && ['interaction-required', 'unauthorized', 'consent-required'].includes(state.error.kind) ? (
              <Button size="small" appearance="primary" onClick={() => void services.signIn?.().then(reload)}>
                {services.signInLabel}
              </Button>
            ) : (
              <Button size="small" onClick={reload}>
                {ft(lang, 'retry')}
              </Button>
            )}
          </MessageBar>
        )}
        {state.status === 'ready' && tab === 'alerts' && <AlertsPanel data={state.data} services={services} />}
        {state.status === 'ready' && tab === 'mine' && <MyItemsPanel data={state.data} services={services} onChanged={changed} />}
        {state.status === 'ready' && tab === 'declined' && <DeclinedPanel data={state.data} services={services} onChanged={changed} />}
        {state.status === 'ready' && tab === 'standup' && <StandupPanel data={state.data} services={services} />}
        {state.status === 'ready' && tab === 'retro' && <RetroPanel data={state.data} services={services} />}
      </main>
    </FluentProvider>
  );
}
