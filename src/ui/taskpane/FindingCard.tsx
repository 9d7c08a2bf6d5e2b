import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
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
  // A plain styled label rather than Fluent's Badge: the pane's first load is on a budget.
  badge: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  block: { border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`, color: tokens.colorPaletteRedForeground1 },
  warn: { border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteMarigoldBorder2}`, color: tokens.colorNeutralForeground1 },
  info: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground1 },
});

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
        <span className={mergeClasses(s.badge, s[finding.severity])}>{t(`severity.${finding.severity}`)}</span>
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
