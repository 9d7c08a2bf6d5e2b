import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { Verdict } from '../../core/evaluate';
import type { Invite } from '../../core/model/Invite';
import { usePaneText, useWeekdayName } from '../shared/usePaneText';
import { countBySeverity } from './groupFindings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  blocked: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  warned: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorder2}` },
  good: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteGreenBorder2}` },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** One line that answers "can I send this?", then when the meeting is in its own zone. */
export function SummaryHeader({ invite, verdict, onRecheck }: { invite: Invite; verdict: Verdict; onRecheck(): void }) {
  const t = usePaneText();
  const dayName = useWeekdayName();
  const s = useStyles();
  const counts = countBySeverity(verdict.findings);
  const headline = verdict.blocked
    ? t('summary.blocked')
    : counts.warn > 1
      ? t('summary.warnings', { count: counts.warn })
      : counts.warn === 1
        ? t('summary.oneWarning')
        : t('summary.good');
  const tone = verdict.blocked ? s.blocked : counts.warn > 0 ? s.warned : s.good;
  const { start, end, timeZone } = verdict.local;
  const when = t('summary.when', {
    weekday: dayName(start.weekday),
    date: start.date,
    start: start.time,
    end: end.date === start.date ? end.time : `${end.date} ${end.time}`,
    zone: timeZone,
  });
  return (
    <section className={mergeClasses(s.root, tone)} aria-label={t('app.title')} data-testid="summary">
      <div className={s.row}>
        <Text as="h1" weight="semibold" size={400} role="status" data-testid="headline">
          {headline}
        </Text>
        {counts.info > 0 && <Text size={200}>{t('summary.infos', { count: counts.info })}</Text>}
      </div>
      <div className={s.row}>
        <Text data-testid="when">{when}</Text>
        <Button size="small" appearance="subtle" onClick={onRecheck}>
          {t('summary.recheck')}
        </Button>
      </div>
      {verdict.scope === 'skipped' && (invite.isAllDay || invite.isCancelled) && <Text size={200}>{t('summary.allDay')}</Text>}
      {verdict.scope === 'one-on-one' && <Text size={200}>{t('summary.notGroup')}</Text>}
    </section>
  );
}
