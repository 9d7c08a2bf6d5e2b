import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ActionTable } from './ActionTable';
import { AgendaRunner } from './AgendaRunner';
import { NoteList } from './NoteList';
import { SpeakerTimer } from './SpeakerTimer';
import { StageShareButton } from './StageShareButton';
import { useMeeting } from './MeetingServices';
import { useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  goal: {
    borderInlineStartWidth: '4px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

/** During the meeting: goal on top, the agenda with its clock, the speaker timer, and the shared notes. */
export function DuringView() {
  const run = useRun();
  const t = useText();
  const styles = useStyles();
  const { session } = useMeeting();
  return (
    <div className={styles.col}>
      {session.frameContext === 'sidePanel' && <StageShareButton />}
      <Card className={styles.goal}>
        <Text as="h2" size={300} weight="semibold">
          {t('during.goal')}
        </Text>
        <Text size={400} data-testid="goal">
          {run.goal || t('during.noGoal')}
        </Text>
      </Card>
      <AgendaRunner />
      {run.phase === 'running' && <SpeakerTimer />}
      {run.phase !== 'before' && (
        <>
          <div className={styles.grid}>
            <NoteList kind="decisions" />
            <NoteList kind="park" />
          </div>
          <ActionTable />
        </>
      )}
    </div>
  );
}
