import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { FakeSnapshot } from '../../../adapters/fakes/office/FakeAppointment';
import { resolveZone } from '../../../core/time/resolveZone';
import { toLocal } from '../../../core/time/toLocal';
import { wallToInstant } from '../../../core/time/wallToInstant';
import { wt } from './workbenchText';

export const ZONES = [
  'China Standard Time',
  'Tokyo Standard Time',
  'Pacific Standard Time',
  'Eastern Standard Time',
  'GMT Standard Time',
  'W. Europe Standard Time',
  'Asia/Shanghai',
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Pacific/Chatham',
  'UTC',
];

/** Start and end as wall-clock date and time in the form's zone; the host stores UTC, as Outlook does. */
export function TimeFields({
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
  const iana = resolveZone(zone) ?? 'UTC';
  const start = toLocal(form.start, iana);
  const end = toLocal(form.end, iana);
  const [zoneText, setZoneText] = useState(zone);
  const [bad, setBad] = useState(false);

  const move = (which: 'start' | 'end', date: string, time: string) => {
    try {
      const instant = wallToInstant(date, time, iana);
      setBad(false);
      if (which === 'start') {
        // Like Outlook: moving the start keeps the length.
        const length = Date.parse(form.end) - Date.parse(form.start);
        set({ start: instant, end: new Date(Date.parse(instant) + length).toISOString() });
      } else set({ end: instant });
    } catch {
      setBad(true);
    }
  };
  const applyZone = () => {
    if (zoneText === zone) return;
    if (resolveZone(zoneText)) onZone(zoneText);
    else setBad(true);
  };

  const row = (which: 'start' | 'end', local: typeof start) => (
    <Field label={wt(which === 'start' ? 'form.start' : 'form.end')}>
      <div style={{ display: 'flex', gap: 4 }}>
        <Input
          type="date"
          aria-label={`${wt(which === 'start' ? 'form.start' : 'form.end')} ${wt('form.date')}`}
          value={local.date}
          data-testid={`${which}-date`}
          onChange={(_, d) => d.value && move(which, d.value, local.time)}
        />
        <Input
          type="time"
          aria-label={`${wt(which === 'start' ? 'form.start' : 'form.end')} ${wt('form.time')}`}
          value={local.time}
          data-testid={`${which}-time`}
          onChange={(_, d) => d.value && move(which, local.date, d.value)}
        />
      </div>
    </Field>
  );

  return (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      {row('start', start)}
      {row('end', end)}
      <Field
        label={wt('form.zone')}
        hint={wt('form.zoneHint')}
        validationState={bad ? 'error' : 'none'}
        validationMessage={bad ? wt('form.badTime') : undefined}
      >
        <Input
          list="mg-zones"
          value={zoneText}
          data-testid="zone"
          onChange={(_, d) => setZoneText(d.value)}
          onBlur={applyZone}
          onKeyDown={(e) => e.key === 'Enter' && applyZone()}
        />
        <datalist id="mg-zones">
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </Field>
    </div>
  );
}
