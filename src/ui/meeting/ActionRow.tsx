import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ActionDraft, Person } from '../../core/meeting/MeetingRun';
import { actionProblems } from '../../core/meeting/meetingRunSelectors';
import { useMeeting } from './MeetingServices';
import { useDispatch, useText } from './meetingHooks';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  status: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', gridColumn: '1 / -1' },
});

/** Text fields are edited locally and shared on blur, so other attendees do not see every keystroke fight. */
function useDraft(
  value: string,
  commit: (v: string) => void,
): { value: string; onChange: (v: string) => void; onBlur: () => void } {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  return {
    value: draft,
    onChange: (v) => {
      setEditing(true);
      setDraft(v);
    },
    onBlur: () => {
      setEditing(false);
      if (draft !== value) commit(draft);
    },
  };
}

export function ActionRow({
  action,
  index,
  people,
  locked,
}: {
  action: ActionDraft;
  index: number;
  people: Person[];
  locked: boolean;
}) {
  const { session } = useMeeting();
  const t = useText();
  const styles = useStyles();
  const { dispatch, error } = useDispatch();
  const update = (patch: Partial<Pick<ActionDraft, 'owner' | 'content' | 'acceptance' | 'due'>>) =>
    dispatch({ type: 'action.update', id: action.id, patch });
  const content = useDraft(action.content, (v) => update({ content: v }));
  const acceptance = useDraft(action.acceptance, (v) => update({ acceptance: v }));
  const problems = actionProblems(action, people, session.meetingDay);
  const n = index + 1;
  return (
    <div className={styles.row} data-testid={`action-${n}`}>
      <Field label={`${t('actions.owner')} #${n}`}>
        <Dropdown
          disabled={locked}
          placeholder={t('actions.pickOwner')}
          value={action.owner?.name ?? ''}
          selectedOptions={action.owner ? [action.owner.id] : []}
          onOptionSelect={(_, d) => {
            const p = people.find((x) => x.id === d.optionValue);
            if (p) update({ owner: p });
          }}
        >
          {people.map((p) => (
            <Option key={p.id} value={p.id} text={p.name}>
              {p.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={`${t('actions.content')} #${n}`}>
        <Input
          disabled={locked}
          value={content.value}
          onChange={(_, d) => content.onChange(d.value)}
          onBlur={content.onBlur}
        />
      </Field>
      <Field label={`${t('actions.acceptance')} #${n}`}>
        <Input
          disabled={locked}
          value={acceptance.value}
          onChange={(_, d) => acceptance.onChange(d.value)}
          onBlur={acceptance.onBlur}
        />
      </Field>
      <Field label={`${t('actions.due')} #${n}`}>
        <Input
          type="date"
          disabled={locked}
          value={action.due}
          min={session.meetingDay || undefined}
          onChange={(_, d) => update({ due: d.value })}
        />
      </Field>
      <div className={styles.status}>
        {problems.length === 0 ? (
          <Badge color="success" appearance="tint">
            {t('actions.complete')}
          </Badge>
        ) : (
          <Badge color="warning" appearance="tint">
            {t('actions.missing', { what: problems.map((p) => t(`problem.${p}`)).join(', ') })}
          </Badge>
        )}
        {!locked && (
          <Button
            size="small"
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label={t('remove', { what: `${t('actions.title')} #${n}` })}
            onClick={() => dispatch({ type: 'action.remove', id: action.id })}
          />
        )}
        {error && <Text role="alert">{error}</Text>}
      </div>
    </div>
  );
}
