import { useEffect, useMemo, useState } from 'react';
import {
  createFakeOfficeHost,
  type FakeOfficeHost,
} from '../../../adapters/fakes/office/createFakeOfficeHost';
import type { FakeAppointment, FakeSnapshot } from '../../../adapters/fakes/office/FakeAppointment';

declare global {
  interface Window {
    /** The fake Office host the task pane iframe (and the e2e tests) reach through `window.parent`. */
    __MG_FAKE_OFFICE__?: FakeOfficeHost;
  }
}

export interface HostSetup {
  appointment: FakeAppointment;
  zone: string;
  displayLanguage: string;
  /** Bumped to start a fresh host: a new preset, zone or language reopens the add-in as Outlook would. */
  generation: number;
}

const upn = new URLSearchParams(location.search).get('upn');

/** One fake Outlook host per setup, published for the pane before its iframe loads. */
export function useFakeHost(setup: HostSetup): { host: FakeOfficeHost; form: FakeSnapshot } {
  const host = useMemo(() => {
    const created = createFakeOfficeHost(setup.appointment, {
      timeZone: setup.zone,
      displayLanguage: setup.displayLanguage,
      roamingSettings: {},
      // ?upn=: who Outlook signed in (getAuthContext, the NAA broker's user), when not the mailbox address.
      ...(upn ? { userPrincipalName: upn } : {}),
    });
    window.__MG_FAKE_OFFICE__ = created;
    return created;
    // A new host only when the generation changes: edits go through host.set, not a new host.
  }, [setup.generation]);
  const [form, setForm] = useState<FakeSnapshot>(() => host.snapshot());
  useEffect(() => {
    setForm(host.snapshot());
    return host.subscribe(() => setForm(host.snapshot()));
  }, [host]);
  return { host, form };
}
