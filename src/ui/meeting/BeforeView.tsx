import { Badge, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { buildChecklist, type ChecklistState } from '../../core/meeting/buildChecklist';
import { AgendaPaste } from './AgendaPaste';
import { useCardStyles } from './cardStyles';
import { CarryForwardCard } from './CarryForwardCard';
import { ReadinessCard } from './ReadinessCard';
import { useMeeting } from './MeetingServices';
import { useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const BADGE: Record<ChecklistState, 'success' | 'warning' | 'danger'> = {
  ok: 'success',
  todo: 'warning',
  late: 'danger',
};

/** Before the meeting: the invite's verdict, the guide's checklist and who has read the pre-reads. */
export function BeforeView() {
  const { session, now } = useMeeting();
  const run = useRun();
  const t = useText();
  const styles = { ...useCardStyles(), ...useStyles() };
  const fmt = (ms: number) =>
    new Intl.DateTimeFormat(session.lang, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: session.ref.timeZone,
    }).format(ms);
  const checklist = session.invite ? buildChecklist(session.invite, session.findings, now()) : [];
  const findings = session.findings.filter((f) => f.severity !== 'info');
  return (
    <div className={styles.col}>
      {run.items.length === 0 && run.phase === 'before' && <AgendaPaste />}
      <CarryForwardCard />
      {session.invite && (
        <Card>
          <CardHeader
            header={
              <Text as="h2" weight="semibold">
                {t('before.verdict')}
              </Text>
            }
          />
          {findings.length === 0 ? (
            <Text>{t('before.verdictOk')}</Text>
          ) : (
            <ul className={styles.list}>
              {findings.map((f, i) => (
                <li key={`${f.rule}-${i}`}>
                  <Text>{f.message}</Text>{' '}
                  {f.evidence && <Text className={styles.quiet}>“{f.evidence}”</Text>}
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      {checklist.length > 0 && (
        <Card>
          <CardHeader
            header={
              <Text as="h2" weight="semibold">
                {t('before.checklist')}
              </Text>
            }
          />
          <ul className={styles.list} data-testid="checklist">
            {checklist.map((c) => (
              <li key={c.key} className={styles.row}>
                <Badge appearance="tint" color={BADGE[c.state]}>
                  {t(`check.${c.state}`)}
                </Badge>
                <Text>{t(`check.${c.key}`)}</Text>
                {c.key === 'prereads' && c.state !== 'ok' && c.dueAt !== undefined && (
                  <Text className={styles.quiet}>{t('check.prereadsDue', { when: fmt(c.dueAt) })}</Text>
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <ReadinessCard />
    </div>
  );
}
