import {
  Button,
  Card,
  CardHeader,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Feedback } from '../../core/meeting/MeetingRun';
import { useMeeting } from './MeetingServices';
import { useDispatch, useRun, useText } from './meetingHooks';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});
const QUESTIONS = ['timeSplit', 'materials', 'worth'] as const;

/** Three questions from the guide's review: time split, materials, worth it. Scores 1–5, one answer per person. */
export function FeedbackPulse() {
  const { live } = useMeeting();
  const run = useRun();
  const t = useText();
  const styles = useStyles();
  const { dispatch, error } = useDispatch();
  const given = run.feedback[live.me];
  const [f, setF] = useState<Partial<Feedback>>(given ?? {});
  const complete = QUESTIONS.every((q) => f[q] !== undefined);
  return (
    <Card data-testid="feedback">
      <CardHeader
        header={
          <Text as="h2" weight="semibold">
            {t('feedback.title')}
          </Text>
        }
      />
      <div className={styles.col}>
        {QUESTIONS.map((q) => (
          <Field key={q} label={t(`feedback.${q}`)}>
            <RadioGroup
              layout="horizontal"
              value={f[q] === undefined ? '' : String(f[q])}
              onChange={(_, d) => setF({ ...f, [q]: Number(d.value) })}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <Radio key={n} value={String(n)} label={String(n)} />
              ))}
            </RadioGroup>
          </Field>
        ))}
      </div>
      <div>
        <Button
          disabled={!complete}
          onClick={() => complete && dispatch({ type: 'feedback.give', feedback: f as Feedback })}
        >
          {t('feedback.send')}
        </Button>
      </div>
      {given && <Text>{t('feedback.thanks', { n: Object.keys(run.feedback).length })}</Text>}
      {error && <Text role="alert">{error}</Text>}
    </Card>
  );
}
