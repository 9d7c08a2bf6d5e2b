import type { OfficeLike } from '../../office/officeTypes';
import { createFakeComposeItem, toMs } from './createFakeComposeItem';
import type { FakeAppointment, FakeInfoBar, FakeSnapshot } from './FakeAppointment';
import { FakeKernel, type FakeError } from './fakeKernel';
import { fakeOfficeEnums } from './fakeOfficeEnums';
import { createFakeNaaBridge } from '../teams/fakeNaaBroker';

export interface FakeOfficeHostOptions {
  /** `userProfile.timeZone`: Windows ("China Standard Time") or IANA. */
  timeZone?: string;
  displayLanguage?: string;
  emailAddress?: string;
  displayName?: string;
  /** The signed-in user's UPN (Office.auth.getAuthContext); default the mailbox address, but they can differ. */
  userPrincipalName?: string;
  /** Whether the host claims NestedAppAuth 1.1 (getAuthContext); default true, as Outlook does. */
  nestedAppAuth?: boolean;
  /** Initial `roamingSettings` (e.g. `mg.userPolicy`). */
  roamingSettings?: Record<string, unknown>;
  /** Highest Mailbox requirement set the fake claims (default 1.15). */
  mailboxVersion?: string;
  /** In-flight limit (Outlook on the web: 3). 0 = unlimited. */
  maxConcurrent?: number;
}

/** The Office global the fake hands out: the adapter's slice plus what an entry point touches. */
export type FakeOffice = OfficeLike &
  typeof fakeOfficeEnums & {
    context: OfficeLike['context'] & {
      roamingSettings: Pick<Office.RoamingSettings, 'get' | 'set' | 'remove' | 'saveAsync'>;
      requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
      diagnostics: { hostName: string; hostVersion: string };
      platform: string;
      host: string;
    };
    onReady(
      callback?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }>;
    actions: { associate(actionId: string, fn: (arg?: unknown) => void): void };
    auth: { getAuthContext(): Promise<Office.AuthContext> };
  };

export interface FakeOfficeHost {
  /** The Office global for the parent realm (unit tests, node:vm, the workbench itself). */
  office: FakeOffice;
  /** Office for another realm (a same-origin iframe): Dates are built with that window's Date. */
  forFrame(win: { Date: DateConstructor }): FakeOffice;
  /** Change the form as a person would; fires the matching item events. */
  set(patch: Partial<FakeAppointment>): void;
  snapshot(): FakeSnapshot;
  infoBars(): FakeInfoBar[];
  /** Called after every change to the form or the info bars (by a person or by the add-in). */
  subscribe(listener: () => void): () => void;
  /** Failure injection per call name, e.g. `fail('body.getAsync', {name:'GenericResponseError', …})`. */
  fail(call: string, error: FakeError | 'hang' | null): void;
  /** Handlers given to `Office.actions.associate`, by action id. */
  actions: Map<string, (arg?: unknown) => void>;
  /** Call names in order, and the most calls seen in flight at once. */
  stats(): { calls: string[]; peakInFlight: number };
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

const sameList = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An in-memory Outlook appointment compose form behind a Office.js-shaped object. */
export function createFakeOfficeHost(
  initial: FakeAppointment,
  options: FakeOfficeHostOptions = {},
): FakeOfficeHost {
  const kernel = new FakeKernel({ ...initial }, { maxConcurrent: options.maxConcurrent ?? 3 });
  const roaming = new Map<string, unknown>(Object.entries(options.roamingSettings ?? {}));
  const actions = new Map<string, (arg?: unknown) => void>();
  const mailboxVersion = options.mailboxVersion ?? '1.15';
  const naa = options.nestedAppAuth ?? true;
  const mailbox = options.emailAddress ?? initial.organizer.email;
  // Like Outlook without NestedAppAuth 1.1, the call exists but fails; with it, the UPN can differ from the mailbox.
  const authContext = (): Promise<Office.AuthContext> => {
    if (!naa)
      return Promise.reject(Object.assign(new Error('NestedAppAuth 1.1 is not supported'), { code: 13012 }));
    const upn = options.userPrincipalName ?? mailbox;
    return Promise.resolve({
      userObjectId: `oid-${upn}`,
      tenantId: 'contoso',
      userPrincipalName: upn,
      authorityType: 'aad',
      authorityBaseUrl: 'https://login.microsoftonline.com',
      loginHint: upn,
    });
  };

  function set(patch: Partial<FakeAppointment>): void {
    const before = kernel.state;
    const next = { ...before, ...patch };
    kernel.state = next;
    if (toMs(before.start) !== toMs(next.start) || toMs(before.end) !== toMs(next.end))
      kernel.emit(fakeOfficeEnums.EventType.AppointmentTimeChanged, {
        start: new Date(toMs(next.start)),
        end: new Date(toMs(next.end)),
      });
    const req = !sameList(before.required, next.required);
    const opt = !sameList(before.optional, next.optional);
    if (req || opt)
      kernel.emit(fakeOfficeEnums.EventType.RecipientsChanged, {
        changedRecipientFields: { requiredAttendees: req, optionalAttendees: opt, resources: false },
      });
    if (!sameList(before.recurrence, next.recurrence))
      kernel.emit(fakeOfficeEnums.EventType.RecurrenceChanged, { recurrence: next.recurrence });
    if (!sameList(before.attachments, next.attachments))
      kernel.emit(fakeOfficeEnums.EventType.AttachmentsChanged, {});
    if (!sameList(before.rooms, next.rooms))
      kernel.emit(fakeOfficeEnums.EventType.EnhancedLocationsChanged, {});
    kernel.notify();
  }

  function build(makeDate: (ms: number) => Date): FakeOffice {
    const item = createFakeComposeItem(kernel, set, makeDate);
    const ready = { host: 'Outlook', platform: 'OfficeOnline' };
    return {
      ...fakeOfficeEnums,
      context: {
        mailbox: {
          item,
          userProfile: {
            timeZone: options.timeZone ?? 'UTC',
            emailAddress: mailbox,
            displayName: options.displayName ?? initial.organizer.name ?? initial.organizer.email,
          },
        },
        displayLanguage: options.displayLanguage ?? 'en-US',
        roamingSettings: {
          get: (name: string) => roaming.get(name),
          set: (name: string, value: unknown) => void roaming.set(name, value),
          remove: (name: string) => void roaming.delete(name),
          saveAsync: (...args: unknown[]) => kernel.call('roamingSettings.saveAsync', args, () => undefined),
        },
        requirements: {
          isSetSupported: (name: string, minVersion?: string | number) =>
            (name.toLowerCase() === 'mailbox' &&
              versionAtLeast(mailboxVersion, String(minVersion ?? '1.1'))) ||
            (name.toLowerCase() === 'nestedappauth' &&
              naa &&
              versionAtLeast('1.1', String(minVersion ?? '1.1'))),
        },
        diagnostics: { hostName: 'OutlookWebApp', hostVersion: 'fake' },
        platform: ready.platform,
        host: ready.host,
      },
      onReady: (callback) => {
        callback?.(ready);
        return Promise.resolve(ready);
      },
      actions: { associate: (id, fn) => void actions.set(id, fn) },
      auth: { getAuthContext: () => authContext() },
    };
  }

  const snapshot = (): FakeSnapshot => {
    const st = structuredClone({
      ...kernel.state,
      start: new Date(toMs(kernel.state.start)).toISOString(),
      end: new Date(toMs(kernel.state.end)).toISOString(),
    });
    return st;
  };

  return {
    office: build((ms) => new Date(ms)),
    forFrame: (win) => {
      const office = build((ms) => new win.Date(ms));
      // Outlook with NestedAppAuth 1.1 brokers the pane's tokens: the bridge comes with Office, not before.
      if (naa)
        (win as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge = createFakeNaaBridge(async () => {
          const c = await authContext();
          const displayName = options.displayName ?? initial.organizer.name ?? c.userPrincipalName;
          return { id: c.userObjectId, upn: c.userPrincipalName, tenantId: c.tenantId, displayName };
        });
      return office;
    },
    set,
    snapshot,
    infoBars: () => [...kernel.infoBars.values()].map((b) => ({ ...b })),
    subscribe: (listener) => kernel.subscribe(listener),
    fail: (call, error) => kernel.setFailure(call, error),
    actions,
    stats: () => ({ calls: [...kernel.calls], peakInFlight: kernel.peakInFlight }),
  };
}
