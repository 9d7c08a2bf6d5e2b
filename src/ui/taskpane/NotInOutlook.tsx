import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { createTranslator } from '../../core/i18n/createTranslator';
import { paneCatalog } from '../../core/i18n/catalogs/paneCatalog';
import type { Lang } from '../../core/model/Lang';

const t = createTranslator(paneCatalog);

/** Opened in a plain browser tab: there is no invite to check, so say where the pane belongs. */
export function NotInOutlook({ lang }: { lang: Lang }) {
  return (
    <FluentProvider theme={webLightTheme} lang={lang} style={{ padding: 16 }}>
      <main>
        <Text as="h1" weight="semibold" size={400}>
          {t(lang, 'app.title')}
        </Text>
        <p>
          <Text>{t(lang, 'error.notInHost')}</Text>
        </p>
      </main>
    </FluentProvider>
  );
}
