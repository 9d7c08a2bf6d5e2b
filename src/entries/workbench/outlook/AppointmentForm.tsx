import { Button, Checkbox, Field, Input, Switch, Tag, TagGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { FakeSnapshot } from '../../../adapters/fakes/office/FakeAppointment';
import { AttendeesField } from './AttendeesField';
import { BodyEditor } from './BodyEditor';
import { TimeFields } from './TimeFields';
import { wt } from './workbenchText';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** The block Outlook appends when "Teams meeting" is switched on (recognised by the join URL). */
export const TEAMS_BLOCK =
  '<div class="mg-teams"><p>________________</p><p>Microsoft Teams meeting</p><p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_workbench%40thread.v2/0">Join the meeting now</a></p></div>';

/** The simulated Outlook appointment form: every edit goes to the fake host, which fires Outlook's events. */
export function AppointmentForm({
  form,
  zone,
  set,
  onZone,
}: {
  form: FakeSnapshot;
  zone: string;
  set(patch: Partial<FakeSnapshot>): void;
  onZone(zone: string): void;
}) {
  const [file, setFile] = useState('');
  const online = form.bodyHtml.includes(TEAMS_BLOCK);
  const days = new Set(form.recurrence?.days ?? []);
  const toggleDay = (day: string, on: boolean) => {
    const next = DAYS.filter((d) => (d === day ? on : days.has(d)));
    set({ recurrence: next.length ? { recurrenceType: 'weekly', days: [...next], interval: 1 } : null });
  };
  const addFile = () => {
    if (!file.trim()) return;
    set({ attachments: [...form.attachments, { name: file.trim(), size: 1024 }] });
    setFile('');
  };
  return (
    <form
      style={{ display: 'flex', flexDirection: 'column', gap: 10 }}
      onSubmit={(e) => e.preventDefault()}
      aria-label={wt('form.title')}
    >
      <Field label={wt('form.subject')}>
        <Input value={form.subject} onChange={(_, d) => set({ subject: d.value })} data-testid="subject" />
      </Field>
      <AttendeesField form={form} set={set} />
      <TimeFields form={form} zone={zone} set={set} onZone={onZone} />
      <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend>{wt('form.recurrence')}</legend>
        {DAYS.map((d) => (
          <Checkbox
            key={d}
            label={d}
            checked={days.has(d)}
            onChange={(_, v) => toggleDay(d, v.checked === true)}
          />
        ))}
      </fieldset>
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-end' }}>
        <Field label={wt('form.location')} style={{ flex: 1 }}>
          <Input
            value={form.location}
            onChange={(_, d) => set({ location: d.value })}
            data-testid="location"
          />
        </Field>
        <Switch
          label={wt('form.online')}
          checked={online}
          data-testid="online"
          onChange={(_, d) =>
            set({
              bodyHtml: d.checked ? form.bodyHtml + TEAMS_BLOCK : form.bodyHtml.replace(TEAMS_BLOCK, ''),
            })
          }
        />
      </div>
      <Field label={wt('form.attachments')}>
        <TagGroup aria-label={wt('form.attachments')} style={{ flexWrap: 'wrap', gap: 4 }}>
          {form.attachments.map((a, i) => (
            <Tag
              key={`${a.name}-${i}`}
              dismissible
              dismissIcon={{ 'aria-label': wt('form.remove', { name: a.name }) }}
              value={String(i)}
              onClick={() => set({ attachments: form.attachments.filter((_, j) => j !== i) })}
            >
              {a.name}
            </Tag>
          ))}
        </TagGroup>
        <div style={{ display: 'flex', gap: 4, marginTop: 4 }}>
          <Input
            aria-label={wt('form.attachmentInput')}
            placeholder={wt('form.attachmentInput')}
            value={file}
            onChange={(_, d) => setFile(d.value)}
            onKeyDown={(e) => e.key === 'Enter' && addFile()}
          />
          <Button onClick={addFile}>{wt('form.add')}</Button>
        </div>
      </Field>
      <BodyEditor html={form.bodyHtml} onChange={(bodyHtml) => set({ bodyHtml })} />
    </form>
  );
}
