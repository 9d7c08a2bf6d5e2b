import type { AppError } from '../../core/errors/AppError';
import type { BusyRead } from '../../core/fixes/readBusy';
import type { Lang } from '../../core/model/Lang';
import type { Policy } from '../../core/model/Policy';
import type { Result } from '../../core/model/Result';
import type { ComposeItemPort } from '../../core/ports/ComposeItemPort';
import type { SettingsPort } from '../../core/ports/SettingsPort';

export type ThemeName = 'light' | 'dark' | 'contrast';

/**
 * Attendees' busy intervals between `start` and `end` (ISO instants), and whose calendars could not be
 * read. Present only when the composition
 * root can reach calendars (signed in); `signIn` is offered when it cannot yet.
 */
export interface FreeBusyProvider {
  busy(emails: string[], start: string, end: string): Promise<Result<BusyRead, AppError>>;
}

/** Everything the task pane talks to, handed in by the composition root: the UI never imports adapters. */
export interface PaneServices {
  item: ComposeItemPort;
  settings: SettingsPort;
  /** The organization's policy served with the add-in (policy.json), parsed and defaulted. */
  loadOrgPolicy(): Promise<Result<Policy, AppError>>;
  now(): Date;
  lang: Lang;
  theme: ThemeName;
  /**
   * Outlook raises no event for subject or location text (nor for body edits, which the port polls):
   * re-check this often while the pane is visible, and when it regains focus. 0 or absent = never.
   */
  recheckEveryMs?: number;
  /** Free/busy of attendees, when signed in. */
  freeBusy?: FreeBusyProvider;
  /** Starts sign-in (loaded lazily); resolves to a provider once signed in. */
  signIn?(): Promise<Result<FreeBusyProvider, AppError>>;
}
