import { Button, Card, Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { agendaToRun } from '../../core/meeting/agendaToRun';
import { useMeeting } from './MeetingServices';
import { useDispatch, useText } from './meetingHooks';

/** Without an invite (not in Teams, not signed in, event not found) the agenda comes from pasted text. */
export function AgendaPaste() {
  const { live } = useMeeting();
  const t = useText();
  const { dispatch, error } = useDispatch();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const load = () => {
    const plan = agendaToRun(text);
    setEmpty(plan.items.length === 0);
    if (plan.items.length > 0) dispatch({ type: 'agenda.load', goal: plan.goal, items: plan.items });
  };
  if (!live.canControl()) return null;
  return (
    <Card>
      <Field
        label={t('paste.label')}
        validationMessage={empty ? t('paste.empty') : undefined}
        validationState={empty ? 'warning' : 'none'}
      >
        <Textarea
          value={text}
          onChange={(_, d) => setText(d.value)}
          resize="vertical"
          rows={6}
          data-testid="agenda-paste"
        />
      </Field>
      <div>
        <Button appearance="primary" onClick={load} disabled={!text.trim()}>
          {t('paste.load')}
        </Button>
      </div>
      {error && <Text role="alert">{error}</Text>}
    </Card>
  );
}
