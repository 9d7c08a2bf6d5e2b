import { FluentProvider, makeStyles, Tab, TabList, Text, tokens, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MeetingRunState } from '../../core/meeting/MeetingRun';
import { AfterView } from './AfterView';
import { BeforeView } from './BeforeView';
import { DuringView } from './DuringView';
import { MeetingContext, useMeeting, type MeetingServices } from './MeetingServices';
import { StatusNotices } from './StatusNotices';
import { useRun, useText } from './meetingHooks';

type TabId = 'before' | 'during' | 'after';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '960px', margin: '0 auto' },
  title: { margin: 0 },
});

/** The tab a frame opens on: the side panel runs the meeting, the details tab prepares it, a closed meeting shows its minutes. */
export function defaultTab(frameContext: string | undefined, phase: MeetingRunState['phase']): TabId {
  if (phase === 'closing' || phase === 'closed') return 'after';
  if (phase === 'running' || frameContext === 'sidePanel' || frameContext === 'meetingStage') return 'during';
  return 'before';
}

function Shell() {
  const { session } = useMeeting();
  const t = useText();
  const run = useRun();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(() => defaultTab(session.frameContext, run.phase));
  const [followed, setFollowed] = useState(run.phase);
  // Follow the meeting's phase when it changes (someone started or closed it), not on every render.
  useEffect(() => {
    if (run.phase !== followed) {
      setFollowed(run.phase);
      setTab(defaultTab(session.frameContext, run.phase));
    }
  }, [run.phase, followed, session.frameContext]);
  return (
    <main className={styles.main}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {session.invite?.subject || t('app.title')}
      </Text>
      <StatusNotices />
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t('app.title')}>
        <Tab value="before">{t('tab.before')}</Tab>
        <Tab value="during">{t('tab.during')}</Tab>
        <Tab value="after">{t('tab.after')}</Tab>
      </TabList>
      <section role="tabpanel" aria-label={t(`tab.${tab}`)}>
        {tab === 'before' && <BeforeView />}
        {tab === 'during' && <DuringView />}
        {tab === 'after' && <AfterView />}
      </section>
    </main>
  );
}

export function MeetingApp({ services, theme }: { services: MeetingServices; theme: Theme }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} lang={services.session.lang} className={styles.root}>
      <MeetingContext.Provider value={services}>
        <Shell />
      </MeetingContext.Provider>
    </FluentProvider>
  );
}
