import { Button, Field, Input, Select, Tag, TagGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { FakeRecipient, FakeSnapshot } from '../../../adapters/fakes/office/FakeAppointment';
import { parseRecipient } from './parseRecipient';
import { wt, type WorkbenchKey } from './workbenchText';

type Role = 'required' | 'optional' | 'resource';

export function AttendeesField({
  form,
  set,
}: {
  form: FakeSnapshot;
  set(patch: Partial<FakeSnapshot>): void;
}) {
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role>('required');
  const [bad, setBad] = useState(false);
  const all = [
    ...form.required.map((r, i) => ({ r, list: 'required' as const, i })),
    ...form.optional.map((r, i) => ({ r, list: 'optional' as const, i })),
  ];
  const add = () => {
    const p = parseRecipient(text);
    setBad(!p);
    if (!p) return;
    const r: FakeRecipient = { ...p, kind: role === 'resource' ? 'room' : 'user' };
    if (role === 'optional') set({ optional: [...form.optional, r] });
    else set({ required: [...form.required, r] });
    setText('');
  };
  const remove = (list: 'required' | 'optional', i: number) =>
    set({ [list]: form[list].filter((_, j) => j !== i) });
  const roleOf = (r: FakeRecipient, list: 'required' | 'optional'): WorkbenchKey =>
    r.kind === 'room'
      ? 'form.role.resource'
      : list === 'optional'
        ? 'form.role.optional'
        : 'form.role.required';
  return (
    <Field label={wt('form.attendees')} validationState={bad ? 'error' : 'none'}>
      <TagGroup
        aria-label={wt('form.attendees')}
        style={{ flexWrap: 'wrap', gap: 4 }}
        data-testid="attendees"
      >
        {all.map(({ r, list, i }) => (
          <Tag
            key={`${list}-${i}-${r.email}`}
            dismissible
            dismissIcon={{ 'aria-label': wt('form.remove', { name: r.name ?? r.email }) }}
            value={`${list}:${i}`}
            secondaryText={wt(roleOf(r, list))}
            onClick={() => remove(list, i)}
          >
            {r.name ? `${r.name} <${r.email}>` : r.email}
          </Tag>
        ))}
      </TagGroup>
      <div style={{ display: 'flex', gap: 4, marginTop: 4 }}>
        <Input
          aria-label={wt('form.attendeeInput')}
          placeholder={wt('form.attendeeInput')}
          value={text}
          style={{ flex: 1 }}
          onChange={(_, d) => setText(d.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
          data-testid="attendee-input"
        />
        <Select aria-label={wt('form.role')} value={role} onChange={(_, d) => setRole(d.value as Role)}>
          <option value="required">{wt('form.role.required')}</option>
          <option value="optional">{wt('form.role.optional')}</option>
          <option value="resource">{wt('form.role.resource')}</option>
        </Select>
        <Button onClick={add}>{wt('form.add')}</Button>
      </div>
    </Field>
  );
}
