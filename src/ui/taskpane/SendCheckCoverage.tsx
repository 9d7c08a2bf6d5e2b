import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { usePaneText } from '../shared/usePaneText';

const useStyles = makeStyles({
  summary: { cursor: 'pointer', fontSize: tokens.fontSizeBase200 },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
  },
});

/**
 * Where Outlook runs the send check (OnAppointmentSend, Learn's Smart Alerts page) and where it does not,
 * so nobody takes a meeting the check never saw for one it passed. Collapsed: it is background.
 */
export function SendCheckCoverage() {
  const t = usePaneText();
  const s = useStyles();
  return (
    <details data-testid="send-check-coverage">
      <summary className={s.summary}>{t('coverage.title')}</summary>
      <div className={s.body}>
        <Text size={200}>{t('coverage.runs')}</Text>
        <Text size={200}>{t('coverage.skips')}</Text>
        <Text size={200}>{t('coverage.deploy')}</Text>
      </div>
    </details>
  );
}
