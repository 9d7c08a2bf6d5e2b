import { createContext, useContext } from 'react';
import type { AppError } from '../../core/errors/AppError';
import type { MeetingKey } from '../../core/i18n/catalogs/meetingCatalog';
import type { Params } from '../../core/i18n/createTranslator';
import type { Person } from '../../core/meeting/MeetingRun';
import type { CarryForward } from '../../core/meeting/carryForward';
import type { MeetingOutcomes } from '../../core/meeting/MeetingOutcomes';
import type { MeetingRef } from '../../core/meeting/meetingRunSelectors';
import type { RunPlan } from '../../core/meeting/agendaToRun';
import type { Finding } from '../../core/model/Finding';
import type { Invite } from '../../core/model/Invite';
import type { Lang } from '../../core/model/Lang';
import type { Result } from '../../core/model/Result';
import type { LiveStatePort } from '../../core/ports/LiveStatePort';
import type { StagePort } from '../../core/ports/StagePort';
import type { OutgoingMail } from '../../core/ports/MailPort';
import type { SyncEngine } from '../../core/sync/SyncEngine';
import type { SyncTarget } from '../../core/sync/OutboxEntry';
import type { PlanChoice } from '../../core/meeting/planChoice';
import type { PlanPickerServices } from './PlanPicker';

/** Where action items go. `picker`/`choose` only for the organizer, who owns the meeting record. */
export interface MeetingDestination {
  /** Absent: no plan picked, so items would go to each owner's To Do. */
  plan?: { planId?: string; groupId?: string; title?: string };
  picker?: PlanPickerServices;
  /** Saves the pick (meeting record, tab URL) and points the sync at it. */
  choose?(choice: PlanChoice): Promise<Result<void, AppError>>;
}

export type Notice = { key: MeetingKey; params?: Params; intent: 'info' | 'warning' };

/** Everything known about this meeting when the tab opened. */
export interface MeetingSession {
  lang: Lang;
  inTeams: boolean;
  /** Teams frame: content (details or chat tab), sidePanel, meetingStage; absent outside Teams. */
  frameContext?: string;
  me: Person;
  isOrganizer: boolean;
  invite?: Invite;
  /** The core's verdict on the invite. */
  findings: Finding[];
  /** Goal, type and agenda read from the invite (absent: the user pastes an agenda). */
  plan?: RunPlan;
  invitees: Person[];
  /** Meeting-local date YYYY-MM-DD: due dates may not be before it. */
  meetingDay: string;
  ref: MeetingRef;
  notices: Notice[];
  /** A recurring meeting: what its previous occurrence left open (action items, parking lot). */
  carryForward?: CarryForward;
}

/** The outside world as the meeting screens use it; the entry wires Graph, Live Share or fakes behind it. */
export interface MeetingServices {
  session: MeetingSession;
  live: LiveStatePort;
  now(): number;
  newId(): string;
  describeError(error: AppError): string;
  sendMail?(mail: OutgoingMail): Promise<Result<void, AppError>>;
  postToChat?(html: string): Promise<Result<unknown, AppError>>;
  saveOutcomes?(outcomes: MeetingOutcomes): Promise<Result<unknown, AppError>>;
  sync?: { engine: SyncEngine; target: SyncTarget };
  destination?: MeetingDestination;
  /** Share-to-stage, in a Teams meeting side panel. */
  stage?: StagePort;
  /** Why a service is missing, for the screens that need it. */
  missing: Partial<Record<'mail' | 'chat' | 'planner' | 'event', AppError>>;
}

export const MeetingContext = createContext<MeetingServices | null>(null);

export function useMeeting(): MeetingServices {
  const s = useContext(MeetingContext);
  if (!s) throw new Error('MeetingContext missing: wrap the screens in <MeetingContext.Provider>');
  return s;
}
