import type { AppError } from '../errors/AppError';
import type { Invite } from '../model/Invite';
import type { Result } from '../model/Result';

/** Outlook's info bar kinds that an add-in may show without an action button. */
export type InfoBarType = 'error' | 'informational';

export interface InfoBar {
  type: InfoBarType;
  /** Shown as plain text; the host truncates at 150 chars, so the adapter trims to 150. */
  message: string;
}

/** What changed on the compose item. `body` comes from polling, as Outlook raises no body event. */
export type ComposeChangeKind = 'time' | 'recipients' | 'recurrence' | 'attachments' | 'location' | 'body';

export interface ComposeChange {
  kind: ComposeChangeKind;
}

export type ComposeChangeListener = (change: ComposeChange) => void;

export interface ReadInviteOptions {
  /**
   * IANA zone to judge in when the host reports none that resolves (the policy's `timeZone`).
   * The mailbox zone (`userProfile.timeZone`, Windows or IANA name) wins when it resolves.
   */
  fallbackZone?: string;
}

/**
 * The appointment being written by its organizer (Outlook compose), as the pane and the send guard
 * need it: one read that yields the core Invite, the few writes behind one-click fixes, info bars,
 * and one change stream. Every call resolves to a Result; nothing throws.
 */
export interface ComposeItemPort {
  /** Subject, UTC start/end, meeting zone, people, location, body text + links, attachments, recurrence. */
  readInvite(options?: ReadInviteOptions): Promise<Result<Invite, AppError>>;

  /** The body as the host holds it (HTML). */
  getBodyHtml(): Promise<Result<string, AppError>>;
  /** Replaces the whole body. `html` must already be safe markup built by us (templates), never user HTML. */
  setBody(html: string): Promise<Result<void, AppError>>;
  prependBody(html: string): Promise<Result<void, AppError>>;
  appendBody(html: string): Promise<Result<void, AppError>>;

  /** Moves the meeting; both instants are UTC. End is set after start, as start.setAsync keeps the duration. */
  setTimes(start: Date, end: Date): Promise<Result<void, AppError>>;
  setSubject(subject: string): Promise<Result<void, AppError>>;
  setLocation(location: string): Promise<Result<void, AppError>>;

  /** Adds or replaces the info bar `key` (letters/digits, ≤ 32 chars). */
  showInfoBar(key: string, bar: InfoBar): Promise<Result<void, AppError>>;
  /** Removes it; removing a bar that is not there is not an error. */
  removeInfoBar(key: string): Promise<Result<void, AppError>>;

  /**
   * Calls `listener` on time, recipient, recurrence, attachment and location events, and when the body
   * changes (polled every `bodyPollMs`). Returns an unsubscribe function; polling stops with the last listener.
   */
  onChange(listener: ComposeChangeListener): () => void;
  /** Body poll interval in ms (0 = no polling, e.g. in the send guard). */
  readonly bodyPollMs: number;
}
