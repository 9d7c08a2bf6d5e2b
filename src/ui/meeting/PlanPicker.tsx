import { Button, Field, Input, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../core/errors/AppError';
import { createTranslator } from '../../core/i18n/createTranslator';
import { planCatalog } from '../../core/i18n/catalogs/planCatalog';
import type { PlanOption, PlanOptions } from '../../core/meeting/meetingPlan';
import type { PlanChoice } from '../../core/meeting/planChoice';
import type { Lang } from '../../core/model/Lang';
import type { Result } from '../../core/model/Result';

const t = createTranslator(planCatalog);
const NEW = '__new__';
const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

/** Lists and creates plans for the signed-in user; the entry wires Graph (or the emulator) behind it. */
export interface PlanPickerServices {
  load(): Promise<Result<PlanOptions, AppError>>;
  create(groupId: string, title: string): Promise<Result<PlanOption, AppError>>;
}

export interface PlanPickerProps {
  lang: Lang;
  services: PlanPickerServices;
  value: PlanChoice | undefined;
  onChange(choice: PlanChoice | undefined): void;
  describeError(error: AppError): string;
  /** Suggested name for a new plan (the meeting's subject). */
  newTitle: string;
}

const choiceOf = (p: PlanOption): PlanChoice => ({ planId: p.planId, groupId: p.groupId, title: p.title });

/** Pick one of the user's plans, create one in one of their groups, or decide later (To Do). */
export function PlanPicker({ lang, services, value, onChange, describeError, newTitle }: PlanPickerProps) {
  const styles = useStyles();
  const id = useId();
  const [opts, setOpts] = useState<Result<PlanOptions, AppError> | null>(null);
  const [mode, setMode] = useState<'pick' | 'new'>('pick');
  const [group, setGroup] = useState('');
  const [title, setTitle] = useState(newTitle);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  useEffect(() => {
    let live = true;
    void services.load().then((r) => {
      if (!live) return;
      setOpts(r);
      if (r.ok) setGroup(r.value.groups[0]?.id ?? '');
    });
    return () => void (live = false);
  }, [services]);
  if (!opts) return <Spinner size="tiny" label={t(lang, 'plan.loading')} />;
  if (!opts.ok)
    return <Text role="alert">{t(lang, 'plan.failed', { reason: describeError(opts.error) })}</Text>;
  const { plans, groups } = opts.value;
  if (groups.length === 0) return <Text>{t(lang, 'plan.noGroups')}</Text>;
  // A plan saved earlier that this user cannot list (another organizer's group) still shows as chosen.
  const shown =
    value && !plans.some((p) => p.planId === value.planId)
      ? [{ ...value, groupId: value.groupId ?? '', title: value.title ?? value.planId }, ...plans]
      : plans;
  const label = (p: PlanOption) =>
    p.groupName ? t(lang, 'plan.option', { title: p.title, group: p.groupName }) : p.title;
  const create = async () => {
    setBusy(true);
    const r = await services.create(group, title.trim());
    setBusy(false);
    if (!r.ok) return setNote(t(lang, 'plan.createFailed', { reason: describeError(r.error) }));
    setOpts({ ok: true, value: { groups, plans: [...plans, r.value] } });
    setMode('pick');
    setNote(t(lang, 'plan.created', { title: r.value.title }));
    onChange(choiceOf(r.value));
  };
  return (
    <div className={styles.col}>
      <Field
        label={t(lang, 'plan.label')}
        hint={value ? t(lang, 'plan.seriesHint') : t(lang, 'plan.laterHint')}
      >
        <Select
          value={mode === 'new' ? NEW : (value?.planId ?? '')}
          onChange={(_, d) => {
            setNote('');
            if (d.value === NEW) return setMode('new');
            setMode('pick');
            const p = shown.find((x) => x.planId === d.value);
            onChange(p ? choiceOf(p) : undefined);
          }}
        >
          <option value="">{t(lang, 'plan.later')}</option>
          {shown.map((p) => (
            <option key={p.planId} value={p.planId}>
              {label(p)}
            </option>
          ))}
          <option value={NEW}>{t(lang, 'plan.new')}</option>
        </Select>
      </Field>
      {mode === 'new' && (
        <div className={styles.row}>
          <Field label={t(lang, 'plan.newGroup')}>
            <Select id={`${id}-group`} value={group} onChange={(_, d) => setGroup(d.value)}>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.displayName ?? g.id}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t(lang, 'plan.newTitle')}>
            <Input value={title} maxLength={255} onChange={(_, d) => setTitle(d.value)} />
          </Field>
          <Button
            appearance="primary"
            disabled={busy || !title.trim() || !group}
            onClick={() => void create()}
          >
            {t(lang, 'plan.create')}
          </Button>
        </div>
      )}
      <Text role="status">
        {note ||
          (value && mode === 'pick' ? t(lang, 'plan.chosen', { title: value.title ?? value.planId }) : '')}
      </Text>
    </div>
  );
}
