import { Button, Card, Field, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { GoalVerdict } from '../../core/meeting/MeetingRun';
import { useDispatch, useRun, useText } from './meetingHooks';

/** "Goal met? yes / partly / no, and why": feeds the minutes and the quarterly review. */
export function GoalMetForm() {
  const run = useRun();
  const t = useText();
  const { dispatch, error } = useDispatch();
  const [verdict, setVerdict] = useState<GoalVerdict | ''>(run.goalMet?.verdict ?? '');
  const [why, setWhy] = useState(run.goalMet?.why ?? '');
  return (
    <Card data-testid="goal-met">
      <Field label={`${t('closing.goalMet')} ${run.goal ? `(${run.goal})` : ''}`}>
        <RadioGroup
          layout="horizontal"
          value={verdict}
          onChange={(_, d) => setVerdict(d.value as GoalVerdict)}
        >
          <Radio value="yes" label={t('minutes.goalMet.yes')} />
          <Radio value="partly" label={t('minutes.goalMet.partly')} />
          <Radio value="no" label={t('minutes.goalMet.no')} />
        </RadioGroup>
      </Field>
      <Field label={t('closing.why')}>
        <Textarea value={why} onChange={(_, d) => setWhy(d.value)} />
      </Field>
      <div>
        <Button
          disabled={!verdict}
          onClick={() => verdict && dispatch({ type: 'goal.assess', verdict, why })}
        >
          {t('closing.save')}
        </Button>
      </div>
      {run.goalMet && (
        <Text>
          {t('minutes.goalMet')}: {t(`minutes.goalMet.${run.goalMet.verdict}`)}
          {run.goalMet.why ? ` — ${run.goalMet.why}` : ''}
        </Text>
      )}
      {error && <Text role="alert">{error}</Text>}
    </Card>
  );
}
