import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { BlockedSlot, Policy } from '../../core/model/Policy';
import { WEEKDAYS, type Weekday } from '../../core/model/Weekday';
import { usePaneText, useWeekdayName, type PaneKey } from '../shared/usePaneText';
import { isValidSlot, type UserSettings } from './userSettings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  time: { width: '6.5em' },
});

/** The user's own additions to the organization's policy. Nothing here can loosen it. */
export function SettingsPanel({ org, initial, onSave, onClose }: { org: Policy; initial: UserSettings; onSave(s: UserSettings): Promise<boolean>; onClose(): void }) {
  const t = usePaneText();
  const s = useStyles();
  const [notice, setNotice] = useState(String(Math.max(org.minNoticeWorkingDays, initial.minNoticeWorkingDays ?? 0)));
  const [slots, setSlots] = useState<BlockedSlot[]>(initial.extraBlockedSlots);
  const [draft, setDraft] = useState<BlockedSlot>({ day: 'monday', start: '12:00', end: '14:00' });
  const [message, setMessage] = useState<PaneKey | null>(null);
  const dayName = useWeekdayName();
  const noticeValue = Number(notice);
  const noticeOk = Number.isInteger(noticeValue) && noticeValue >= org.minNoticeWorkingDays && noticeValue <= 30;

  const add = () => {
    if (!isValidSlot(draft)) return setMessage('settings.badSlot');
    setSlots((prev) => [...prev, draft]);
    setMessage(null);
  };
  const save = async () => {
    if (!noticeOk) return;
    const next: UserSettings = {
      extraBlockedSlots: slots,
      ...(noticeValue > org.minNoticeWorkingDays ? { minNoticeWorkingDays: noticeValue } : {}),
    };
    setMessage((await onSave(next)) ? 'settings.saved' : 'settings.saveFailed');
  };

  return (
    <section className={s.root} aria-labelledby="settings-title" data-testid="settings">
      <Text as="h2" id="settings-title" weight="semibold" size={300}>
        {t('settings.title')}
      </Text>
      <Text size={200}>{t('settings.hint')}</Text>
      <Field
        label={t('settings.notice')}
        hint={t('settings.noticeMin', { min: org.minNoticeWorkingDays })}
        validationState={noticeOk ? 'none' : 'error'}
      >
        <Input type="number" min={org.minNoticeWorkingDays} max={30} value={notice} onChange={(_, d) => setNotice(d.value)} />
      </Field>
      <Text weight="semibold">{t('settings.blocked')}</Text>
      <ul className={s.list}>
        {slots.map((slot, i) => {
          const text = `${dayName(slot.day)} ${slot.start}–${slot.end}`;
          return (
            <li key={`${slot.day}-${slot.start}-${slot.end}-${i}`} className={s.row}>
              <Text>{text}</Text>
              <Button
                size="small"
                appearance="subtle"
                icon={<Dismiss16Regular />}
                aria-label={t('settings.remove', { slot: text })}
                onClick={() => setSlots((prev) => prev.filter((_, j) => j !== i))}
              />
            </li>
          );
        })}
      </ul>
      <div className={s.row}>
        <Field label={t('settings.day')}>
          <Select value={draft.day} onChange={(_, d) => setDraft({ ...draft, day: d.value as Weekday })}>
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {dayName(d)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('settings.start')}>
          <Input className={s.time} value={draft.start} onChange={(_, d) => setDraft({ ...draft, start: d.value })} />
        </Field>
        <Field label={t('settings.end')}>
          <Input className={s.time} value={draft.end} onChange={(_, d) => setDraft({ ...draft, end: d.value })} />
        </Field>
        <Button onClick={add}>{t('settings.add')}</Button>
      </div>
      {message && (
        <Text role="status" size={200}>
          {t(message)}
        </Text>
      )}
      <div className={s.row}>
        <Button appearance="primary" disabled={!noticeOk} onClick={() => void save()}>
          {t('settings.save')}
        </Button>
        <Button onClick={onClose}>{t('settings.cancel')}</Button>
      </div>
    </section>
  );
}
