import {
  Field,
  FluentProvider,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createTranslator } from '../../core/i18n/createTranslator';
import { meetingCatalog } from '../../core/i18n/catalogs/meetingCatalog';
import type { Lang } from '../../core/model/Lang';

const t = createTranslator(meetingCatalog);
const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
  },
});

export interface TabConfigProps {
  lang: Lang;
  theme: Theme;
  inTeams: boolean;
  /** Called with the tab name whenever it changes; the entry hands it to Teams on save. */
  onName(name: string): void;
}

/** The tab configuration page Teams shows when the app is added to a meeting. */
export function TabConfigScreen({ lang, theme, inTeams, onName }: TabConfigProps) {
  const styles = useStyles();
  const [name, setName] = useState(t(lang, 'app.title'));
  useEffect(() => onName(name), [name, onName]);
  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.main}>
        <Text as="h1" size={500} weight="semibold">
          {t(lang, 'config.title')}
        </Text>
        <Text>{t(lang, 'config.intro')}</Text>
        <Field label={t(lang, 'config.name')} validationState={name.trim() ? 'none' : 'error'}>
          <Input value={name} onChange={(_, d) => setName(d.value)} maxLength={60} />
        </Field>
        <MessageBar intent={inTeams ? 'info' : 'warning'}>
          <MessageBarBody>{t(lang, inTeams ? 'config.ready' : 'config.notInTeams')}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
