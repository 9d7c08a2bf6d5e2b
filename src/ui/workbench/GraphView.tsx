import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/model/Lang';
import { createTranslator } from '../../core/i18n/createTranslator';
import { shellCatalog } from '../../core/i18n/catalogs/shellCatalog';

const t = createTranslator(shellCatalog);
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL },
});

export function GraphView({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Text>{t(lang, 'graph.intro')}</Text>
      <Link href="graph/_emu/state" target="_blank">
        {t(lang, 'graph.state')}
      </Link>
      <Link href="graph/_emu/mail" target="_blank">
        {t(lang, 'graph.mail')}
      </Link>
    </section>
  );
}
