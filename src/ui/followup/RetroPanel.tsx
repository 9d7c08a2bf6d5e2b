import { useState } from 'react';
import { Button, Card, MessageBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { quarterOf, quarterRange } from '../../core/followup/quarterRange';
import { retrospective } from '../../core/followup/retrospective';
import { toLocal } from '../../core/time/toLocal';
import type { FollowupData, FollowupServices } from './FollowupServices';
import { ft } from './followupText';
import { retroCsv } from './retroCsv';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  figures: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalM },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
});

const pct = (rate: number | null, na: string) => (rate === null ? na : `${Math.round(rate * 100)}%`);

export function RetroPanel({ data, services }: { data: FollowupData; services: FollowupServices }) {
  const styles = useStyles();
  const { lang } = services;
  const now = services.now();
  const current = quarterOf(toLocal(now.toISOString(), data.zone).date);
  const [quarter, setQuarter] = useState(current);
  const year = Number(current.slice(0, 4));
  const options = [year, year - 1].flatMap((y) => [4, 3, 2, 1].map((q) => `${y}-Q${q}`)).filter((q) => q <= current);
  const range = quarterRange(quarter) ?? quarterRange(current)!;
  const retro = retrospective({ ...range, meetings: data.meetings, tasks: data.tasks, now, zone: data.zone });
  const na = ft(lang, 'retro.na');
  return (
    <section aria-label={ft(lang, 'tab.retro')}>
      <div className={styles.bar}>
        <label>
          <Text>{ft(lang, 'retro.quarter')} </Text>
          <Select value={quarter} onChange={(_, d) => setQuarter(d.value)}>
            {options.map((q) => (
              <option key={q}>{q}</option>
            ))}
          </Select>
        </label>
        <Button onClick={() => services.save(`meeting-review-${quarter}.csv`, retroCsv(retro, lang))}>{ft(lang, 'retro.export')}</Button>
      </div>
      {retro.meetings.length === 0 ? (
        <MessageBar>{ft(lang, 'retro.noData')}</MessageBar>
      ) : (
        <>
          <div className={styles.figures}>
            <Card>
              <Text>{ft(lang, 'retro.meetings')}</Text>
              <Text className={styles.big}>{retro.meetings.length}</Text>
            </Card>
            <Card data-testid="goal-rate">
              <Text>{ft(lang, 'retro.goalRate')}</Text>
              <Text className={styles.big}>{pct(retro.goals.rate, na)}</Text>
              <Text size={200}>{ft(lang, 'retro.goalDetail', { yes: retro.goals.yes, partly: retro.goals.partly, no: retro.goals.no, unrated: retro.goals.unrated })}</Text>
            </Card>
            <Card data-testid="on-time-rate">
              <Text>{ft(lang, 'retro.onTimeRate')}</Text>
              <Text className={styles.big}>{pct(retro.actions.onTimeRate, na)}</Text>
              <Text size={200}>{ft(lang, 'retro.onTimeDetail', { onTime: retro.actions.onTime, late: retro.actions.late, open: retro.actions.open })}</Text>
            </Card>
          </div>
          {retro.feedback && <Text as="p">{ft(lang, 'retro.feedback', retro.feedback)}</Text>}
          {retro.lateTasks.length > 0 && (
            <>
              <Text as="h3" weight="semibold">
                {ft(lang, 'retro.late')}
              </Text>
              <ul>
                {retro.lateTasks.map((l) => (
                  <li key={l.task.id}>
                    {l.task.title} — {(l.daysLate === 1 ? ft(lang, 'alerts.overdueOne') : ft(lang, 'alerts.overdue', { days: l.daysLate }))}
                  </li>
                ))}
              </ul>
            </>
          )}
          {retro.inviteQuality.length > 0 && (
            <>
              <Text as="h3" weight="semibold">
                {ft(lang, 'retro.quality')}
              </Text>
              <ul>
                {retro.inviteQuality.map((q) => (
                  <li key={q.month}>
                    {q.month}: {q.meanFindings} ({q.meetings})
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
