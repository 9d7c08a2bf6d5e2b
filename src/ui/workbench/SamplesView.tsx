import { Badge, Card, CardHeader, MessageBar, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/model/Lang';
import type { Finding } from '../../core/model/Finding';
import { createTranslator } from '../../core/i18n/createTranslator';
import { shellCatalog } from '../../core/i18n/catalogs/shellCatalog';
import { useSampleVerdicts } from './useSampleVerdicts';

const t = createTranslator(shellCatalog);
const COLORS = { block: 'danger', warn: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(380px, 1fr))',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  finding: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  evidence: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
});

function FindingRow({ finding }: { finding: Finding }) {
  const styles = useStyles();
  return (
    <li className={styles.finding}>
      <span>
        <Badge appearance="filled" color={COLORS[finding.severity]}>
          {finding.severity}
        </Badge>{' '}
        <Text weight="semibold">{finding.rule}</Text> <Text>{finding.message}</Text>
      </span>
      {finding.evidence && <Text className={styles.evidence}>“{finding.evidence}”</Text>}
      {finding.fix && <Text size={200}>→ {finding.fix}</Text>}
    </li>
  );
}

export function SamplesView({ lang }: { lang: Lang }) {
  const styles = useStyles();
  const state = useSampleVerdicts(lang);
  if (state.status === 'loading') return <Spinner label={t(lang, 'samples.loading')} />;
  if (state.status === 'failed') return <MessageBar intent="error">{t(lang, 'samples.failed', { reason: state.reason })}</MessageBar>;
  if (state.results.length === 0) return <MessageBar>{t(lang, 'samples.none')}</MessageBar>;
  return (
    <div className={styles.root} data-testid="samples">
      {state.results.flatMap((r) =>
        r.error
          ? [
              <Card key={r.file}>
                <CardHeader header={<Text weight="semibold">{r.file}</Text>} />
                <MessageBar intent="warning">{t(lang, 'samples.unusable', { reason: r.error })}</MessageBar>
              </Card>,
            ]
          : r.entries.map(({ invite, verdict }, i) => {
              const count = (s: Finding['severity']) => verdict.findings.filter((f) => f.severity === s).length;
              return (
                <Card key={`${r.file}-${i}`} data-testid="sample-card">
                  <CardHeader
                    header={<Text weight="semibold">{invite.subject || r.file}</Text>}
                    description={
                      <Text size={200}>
                        {r.file} ·{' '}
                        {t(lang, 'samples.when', {
                          start: `${verdict.local.start.date} ${verdict.local.start.time}`,
                          end: verdict.local.end.time,
                          zone: verdict.local.timeZone,
                        })}
                      </Text>
                    }
                  />
                  <Text>{t(lang, 'samples.summary', { blocks: count('block'), warns: count('warn'), infos: count('info') })}</Text>
                  {verdict.findings.length === 0 ? (
                    <Text>{t(lang, 'samples.allGood')}</Text>
                  ) : (
                    <ul className={styles.list}>
                      {verdict.findings.map((f, j) => (
                        <FindingRow key={j} finding={f} />
                      ))}
                    </ul>
                  )}
                </Card>
              );
            }),
      )}
    </div>
  );
}
