import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/model/Finding';
import { usePaneText } from '../shared/usePaneText';
import type { FixAction } from './fixActions';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '6em',
    overflowY: 'auto',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const COLOR = { block: 'danger', warn: 'warning', info: 'informative' } as const;

/**
 * One finding: what is wrong, the invite's own words it is about (as text: the body is someone's HTML
 * and is never rendered), what to write instead, and the one-click fixes.
 */
export function FindingCard({
  finding,
  actions,
  busy,
  onFix,
}: {
  finding: Finding;
  actions: FixAction[];
  busy: boolean;
  onFix(action: FixAction): void;
}) {
  const t = usePaneText();
  const s = useStyles();
  const typeFix = actions.length > 1 && actions.every((a) => a.id.startsWith('type-'));
  return (
    <li className={s.root} data-rule={finding.rule} data-severity={finding.severity}>
      <div className={s.actions}>
        <Badge appearance="filled" color={COLOR[finding.severity]} size="small">
          {t(`severity.${finding.severity}`)}
        </Badge>
        <Text weight="semibold">{finding.message}</Text>
      </div>
      {finding.evidence && (
        <blockquote className={s.quote} aria-label={t('finding.evidence')}>
          <Text size={200}>{finding.evidence}</Text>
        </blockquote>
      )}
      {finding.fix && (
        <Text size={200}>
          {t('finding.fix')}: {finding.fix}
        </Text>
      )}
      {actions.length > 0 && (
        <div className={s.actions}>
          {typeFix && <Text size={200}>{t('fix.typeLabel')}</Text>}
          {actions.map((a) => (
            <Button key={a.id} size="small" appearance={a.where === 'slots' ? 'secondary' : 'primary'} disabled={busy} onClick={() => onFix(a)} data-fix={a.id}>
              {t(a.label)}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}
