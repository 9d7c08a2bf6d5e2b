import { useEffect, useState } from 'react';
import { FluentProvider, Select, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ALL_THEMES } from '../shared/allThemes';
import type { ThemeName } from '../shared/PaneServices';
import type { Lang } from '../../core/model/Lang';
import { toLang } from '../../core/model/Lang';
import { createTranslator } from '../../core/i18n/createTranslator';
import { shellCatalog } from '../../core/i18n/catalogs/shellCatalog';
import { SamplesView } from './SamplesView';
import { GraphView } from './GraphView';
import { ServiceView } from './ServiceView';

const t = createTranslator(shellCatalog);
type TabName = 'samples' | 'outlook' | 'teams' | 'followup' | 'service' | 'graph';
const FRAMES: Partial<Record<TabName, string>> = {
  outlook: 'outlook.html',
  teams: 'teams.html',
  followup: 'followup.html',
};

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', marginRight: 'auto' },
  field: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  body: { flex: 1, minHeight: 0, overflow: 'auto' },
  frame: { width: '100%', height: '100%', border: 'none', display: 'block' },
});

function initialParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

export function WorkbenchShell() {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(toLang(initialParam('lang') ?? navigator.language));
  const [theme, setTheme] = useState<ThemeName>((initialParam('theme') as ThemeName | null) ?? 'light');
  const [tab, setTab] = useState<TabName>((initialParam('tab') as TabName | null) ?? 'samples');
  const frame = FRAMES[tab];
  // The Teams frames need the local Fluid service `npm start` runs (its port is configurable).
  const [fluid, setFluid] = useState<string | null>(null);
  useEffect(() => {
    fetch('workbench-config.json')
      .then((r) => (r.ok ? (r.json() as Promise<{ fluidUrl?: string | null }>) : null))
      .then((c) => setFluid(c?.fluidUrl ?? null))
      .catch(() => setFluid(null));
  }, []);
  const extra = tab === 'teams' && fluid ? `&fluid=${encodeURIComponent(fluid)}` : '';
  return (
    <FluentProvider theme={ALL_THEMES[theme] ?? ALL_THEMES.light} lang={lang}>
      <div className={styles.page}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Text as="h1" size={500} weight="semibold">
              {t(lang, 'title')}
            </Text>
            <Text size={200}>{t(lang, 'subtitle')}</Text>
          </div>
          <label className={styles.field}>
            <Text>{t(lang, 'language')}</Text>
            <Select value={lang} onChange={(_, d) => setLang(d.value as Lang)}>
              <option value="en-US">English</option>
              <option value="zh-CN">中文</option>
            </Select>
          </label>
          <label className={styles.field}>
            <Text>{t(lang, 'theme')}</Text>
            <Select value={theme} onChange={(_, d) => setTheme(d.value as ThemeName)}>
              <option value="light">{t(lang, 'theme.light')}</option>
              <option value="dark">{t(lang, 'theme.dark')}</option>
              <option value="contrast">{t(lang, 'theme.contrast')}</option>
            </Select>
          </label>
        </header>
        <TabList
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabName)}
          style={{ padding: '0 12px' }}
        >
          {(['samples', 'outlook', 'teams', 'followup', 'service', 'graph'] as const).map((name) => (
            <Tab key={name} value={name}>
              {t(lang, `tab.${name}`)}
            </Tab>
          ))}
        </TabList>
        <main className={styles.body}>
          {tab === 'samples' && <SamplesView lang={lang} />}
          {tab === 'graph' && <GraphView lang={lang} />}
          {tab === 'service' && <ServiceView lang={lang} />}
          {frame && (
            <iframe
              key={`${tab}-${lang}-${theme}-${fluid ?? ''}`}
              className={styles.frame}
              title={t(lang, `tab.${tab}`)}
              src={`${frame}?lang=${lang}&theme=${theme}${extra}`}
            />
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
