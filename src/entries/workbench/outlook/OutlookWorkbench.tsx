import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  webLightTheme,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { resolveZone } from '../../../core/time/resolveZone';
import { toLocal } from '../../../core/time/toLocal';
import { wallToInstant } from '../../../core/time/wallToInstant';
import { AppointmentForm } from './AppointmentForm';
import { presets } from './presets';
import { runSendGuard, type SmartAlertOptions } from './runSendGuard';
import { SmartAlertDialog } from './SmartAlertDialog';
import { useFakeHost, type HostSetup } from './useFakeHost';
import { workbenchLang, wt, type WorkbenchKey } from './workbenchText';

const query = new URLSearchParams(location.search);

/** The simulated Outlook appointment window: the form, the real task pane beside it, and Send. */
export function OutlookWorkbench() {
  const all = useMemo(() => presets(new Date()), []);
  const first = all.find((p) => p.id === query.get('preset')) ?? all[0]!;
  const [presetId, setPresetId] = useState(first.id);
  const [setup, setSetup] = useState<HostSetup>({
    appointment: first.appointment,
    zone: first.zone,
    displayLanguage: query.get('paneLang') ?? workbenchLang,
    generation: 0,
  });
  const [theme, setTheme] = useState(query.get('theme') ?? 'light');
  const { host, form } = useFakeHost(setup);
  const [status, setStatus] = useState<WorkbenchKey | null>(null);
  const [alert, setAlert] = useState<SmartAlertOptions | null>(null);
  const paneRef = useRef<HTMLIFrameElement>(null);

  const restart = (patch: Partial<HostSetup>) =>
    setSetup((s) => ({ ...s, appointment: host.snapshot(), ...patch, generation: s.generation + 1 }));
  const pickPreset = (id: string) => {
    const p = all.find((x) => x.id === id);
    if (!p) return;
    setPresetId(id);
    setStatus(null);
    restart({ appointment: p.appointment, zone: p.zone });
  };
  // Outlook keeps the wall-clock time when the zone changes; the instant moves.
  const changeZone = (zone: string) => {
    const from = resolveZone(setup.zone) ?? 'UTC';
    const to = resolveZone(zone) ?? 'UTC';
    const s = toLocal(form.start, from);
    const e = toLocal(form.end, from);
    restart({
      zone,
      appointment: {
        ...host.snapshot(),
        start: wallToInstant(s.date, s.time, to),
        end: wallToInstant(e.date, e.time, to),
      },
    });
  };
  const send = async () => {
    setStatus('send.running');
    const outcome = await runSendGuard(host, new URL('launchevent.js', location.href).href, () =>
      setStatus('send.slow'),
    );
    if (outcome.kind === 'completed') {
      if (outcome.options.allowEvent === false) {
        setStatus(null);
        setAlert(outcome.options);
      } else setStatus('send.sent');
    } else
      setStatus(
        outcome.kind === 'load-failed'
          ? 'send.loadFailed'
          : outcome.kind === 'no-handler'
            ? 'send.noHandler'
            : 'send.sent',
      );
  };
  const bars = host.infoBars();
  const paneUrl = `taskpane.html?theme=${encodeURIComponent(theme)}&g=${setup.generation}`;

  // `?bare=1`: only the pane, driven through window.__MG_FAKE_OFFICE__ (bulk suites, embedding).
  if (query.get('bare') === '1')
    return (
      <iframe
        title={wt('form.pane')}
        src={paneUrl}
        data-testid="pane"
        style={{ width: 380, height: '100vh', border: 0 }}
      />
    );

  return (
    <FluentProvider theme={webLightTheme} lang={workbenchLang} style={{ minHeight: '100vh' }}>
      <div style={{ display: 'flex', gap: 16, padding: 16, alignItems: 'flex-start' }}>
        <main style={{ flex: '1 1 60%', display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0 }}>
          <div style={{ display: 'flex', gap: 12, alignItems: 'flex-end', flexWrap: 'wrap' }}>
            <Text as="h1" size={500} weight="semibold" style={{ flex: 1 }}>
              {wt('form.title')}
            </Text>
            <Field label={wt('form.preset')}>
              <Select value={presetId} onChange={(_, d) => pickPreset(d.value)} data-testid="preset">
                {all.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Button appearance="primary" onClick={() => void send()} data-testid="send">
              {wt('form.send')}
            </Button>
          </div>
          {bars.map((b) => (
            <MessageBar
              key={b.key}
              intent={b.type === 'errorMessage' ? 'error' : 'info'}
              data-testid="info-bar"
            >
              <MessageBarBody>{b.message}</MessageBarBody>
            </MessageBar>
          ))}
          {status && (
            <Text role="status" data-testid="send-status">
              {wt(status)}
            </Text>
          )}
          <AppointmentForm
            key={setup.generation}
            form={form}
            zone={setup.zone}
            set={(p) => host.set(p)}
            onZone={changeZone}
          />
        </main>
        <aside
          style={{
            flex: '0 0 380px',
            position: 'sticky',
            top: 16,
            display: 'flex',
            flexDirection: 'column',
            gap: 4,
          }}
        >
          <div style={{ display: 'flex', gap: 8 }}>
            <Select aria-label="Pane theme" value={theme} onChange={(_, d) => setTheme(d.value)}>
              <option value="light">light</option>
              <option value="dark">dark</option>
              <option value="contrast">high contrast</option>
            </Select>
            <Select
              aria-label="Pane language"
              value={setup.displayLanguage}
              onChange={(_, d) => restart({ displayLanguage: d.value })}
            >
              <option value="zh-CN">zh-CN</option>
              <option value="en-US">en-US</option>
            </Select>
          </div>
          <iframe
            ref={paneRef}
            key={`${setup.generation}-${theme}`}
            title={wt('form.pane')}
            src={paneUrl}
            data-testid="pane"
            style={{ width: 380, height: 'calc(100vh - 80px)', border: '1px solid #8a8886' }}
          />
        </aside>
      </div>
      {alert && (
        <SmartAlertDialog
          options={alert}
          onDontSend={() => (setAlert(null), setStatus('dialog.cancelled'))}
          onSendAnyway={() => (setAlert(null), setStatus('send.sent'))}
          onTakeAction={() => (setAlert(null), paneRef.current?.focus())}
        />
      )}
    </FluentProvider>
  );
}
