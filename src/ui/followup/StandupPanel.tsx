import { Card, CardHeader, MessageBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { standupView } from '../../core/followup/standupView';
import type { TrackedTask } from '../../core/followup/TrackedTask';
import type { FollowupData, FollowupServices } from './FollowupServices';
import { ft } from './followupText';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function TaskList({ label, tasks }: { label: string; tasks: TrackedTask[] }) {
  const styles = useStyles();
  if (tasks.length === 0) return null;
  return (
    <div>
      <Text weight="semibold">{label}</Text>
      <ul className={styles.list}>
        {tasks.map((t) => (
          <li key={t.id}>
            <Text>{t.title}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function StandupPanel({ data, services }: { data: FollowupData; services: FollowupServices }) {
  const styles = useStyles();
  const { lang } = services;
  const view = standupView(data.tasks, services.now(), data.zone);
  return (
    <section aria-label={ft(lang, 'tab.standup')}>
      <Text as="p">{ft(lang, 'standup.intro', view.week)}</Text>
      {view.unassigned.length > 0 && (
        <MessageBar intent="warning">
          {ft(lang, 'standup.unassigned')}: {view.unassigned.map((t) => t.title).join(' · ')}
        </MessageBar>
      )}
      {view.rows.length === 0 ? (
        <MessageBar>{ft(lang, 'standup.empty')}</MessageBar>
      ) : (
        <div className={styles.grid}>
          {view.rows.map((row) => (
            <Card key={row.ownerId} data-testid="standup-card">
              <CardHeader header={<Text weight="semibold">{data.people[row.ownerId] ?? row.ownerId}</Text>} />
              <TaskList label={ft(lang, 'standup.overdue')} tasks={row.overdue} />
              <TaskList label={ft(lang, 'standup.dueThisWeek')} tasks={row.dueThisWeek} />
              <TaskList label={ft(lang, 'standup.done')} tasks={row.doneSinceLastStandup} />
            </Card>
          ))}
        </div>
      )}
    </section>
  );
}
