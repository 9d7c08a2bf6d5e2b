import {
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { MeetingRunState } from '../../core/meeting/MeetingRun';
import { MeetingContext, useMeeting, type MeetingServices } from './MeetingServices';
import { PlanNotice } from './PlanNotice';
import { StatusNotices } from './StatusNotices';
import { useRun, useText } from './meetingHooks';

type TabId = 'before' | 'during' | 'after';

// Each stage in its own chunk: a side panel opened mid-meeting never downloads the minutes screens first.
const BeforeView = lazy(() => import('./BeforeView').then((m) => ({ default: m.BeforeView })));
const DuringView = lazy(() => import('./DuringView').then((m) => ({ default: m.DuringView })));
const AfterView = lazy(() => import('./AfterView').then((m) => ({ default: m.AfterView })));

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '960px',
    margin: '0 auto',
  },
  stage: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXL,
    fontSize: tokens.fontSizeBase500,
  },
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
  if (session.frameContext === 'meetingStage') {
    // The stage is the big shared screen: the current stage of the meeting full width, no tabs.
    return (
      <main className={styles.stage}>
        <Text as="h1" size={700} weight="semibold" className={styles.title}>
          {session.invite?.subject || t('app.title')}
        </Text>
        <Suspense fallback={<Spinner size="small" label={t('status.loading')} />}>
          {tab === 'after' ? <AfterView /> : <DuringView />}
        </Suspense>
      </main>
    );
  }
  return (
    <main className={styles.main}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {session.invite?.subject || t('app.title')}
      </Text>
      <StatusNotices />
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label={t('app.title')}
      >
        <Tab value="before">{t('tab.before')}</Tab>
        <Tab value="during">{t('tab.during')}</Tab>
        <Tab value="after">{t('tab.after')}</Tab>
      </TabList>
      <section role="tabpanel" aria-label={t(`tab.${tab}`)}>
        <PlanNotice />
        <Suspense fallback={<Spinner size="small" label={t('status.loading')} />}>
          {tab === 'before' && <BeforeView />}
          {tab === 'during' && <DuringView />}
          {tab === 'after' && <AfterView />}
        </Suspense>
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
