import { Button, Card, CardHeader, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useMeeting } from './MeetingServices';
import { useDispatch, useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
});

const KEYS = {
  decisions: {
    title: 'decisions.title',
    add: 'decisions.add',
    placeholder: 'decisions.placeholder',
    addType: 'decision.add',
    removeType: 'decision.remove',
  },
  park: {
    title: 'park.title',
    add: 'park.add',
    placeholder: 'park.placeholder',
    addType: 'park.add',
    removeType: 'park.remove',
  },
} as const;

/** Decisions log or parking lot: anyone may add, shared with everyone. */
export function NoteList({ kind }: { kind: 'decisions' | 'park' }) {
  const { newId } = useMeeting();
  const run = useRun();
  const t = useText();
  const styles = useStyles();
  const { dispatch, error } = useDispatch();
  const [text, setText] = useState('');
  const k = KEYS[kind];
  const notes = kind === 'decisions' ? run.decisions : run.parkingLot;
  const closed = run.phase === 'closed';
  const add = () => {
    if (text.trim() && dispatch({ type: k.addType, id: newId(), text })) setText('');
  };
  return (
    <Card data-testid={kind}>
      <CardHeader
        header={
          <Text as="h2" weight="semibold">
            {t(k.title)}
          </Text>
        }
      />
      <ul className={styles.list}>
        {notes.map((n) => (
          <li key={n.id}>
            <span className={styles.item}>
              <Text>{n.text}</Text>
              {!closed && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DismissRegular />}
                  aria-label={t('remove', { what: n.text.slice(0, 40) })}
                  onClick={() => dispatch({ type: k.removeType, id: n.id })}
                />
              )}
            </span>
          </li>
        ))}
      </ul>
      {!closed && (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Input
            className={styles.grow}
            value={text}
            onChange={(_, d) => setText(d.value)}
            placeholder={t(k.placeholder)}
            aria-label={t(k.placeholder)}
          />
          <Button type="submit" disabled={!text.trim()}>
            {t(k.add)}
          </Button>
        </form>
      )}
      {error && <Text role="alert">{error}</Text>}
    </Card>
  );
}
