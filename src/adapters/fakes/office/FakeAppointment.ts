/** A person on the fake form. `kind: 'room'` is a resource (Outlook reports it as recipientType "other"). */
export interface FakeRecipient {
  email: string;
  name?: string;
  kind?: 'user' | 'external' | 'room' | 'group';
}

export interface FakeAttachment {
  name: string;
  size?: number;
  isInline?: boolean;
}

export interface FakeRecurrence {
  recurrenceType: 'daily' | 'weekday' | 'weekly' | 'monthly' | 'yearly';
  /** Office day names: mon … sun (weekly), or one of them / weekday / weekendDay / day (relative monthly). */
  days?: string[];
  dayOfWeek?: string;
  interval?: number;
}

/** The state of the simulated Outlook appointment form: what the organizer typed so far. */
export interface FakeAppointment {
  subject: string;
  /** UTC instants (ISO strings or Dates). */
  start: string | Date;
  end: string | Date;
  location: string;
  /** Rooms picked in the room finder (enhancedLocation). */
  rooms: Array<{ displayName: string; email: string }>;
  organizer: { email: string; name?: string };
  required: FakeRecipient[];
  optional: FakeRecipient[];
  bodyHtml: string;
  attachments: FakeAttachment[];
  recurrence: FakeRecurrence | null;
  /** Preview API: leave undefined to simulate a host without `isAllDayEvent`. */
  isAllDayEvent?: boolean;
}

export interface FakeInfoBar {
  key: string;
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

/** What the form holds right now, with times as ISO strings (serialisable for the workbench and e2e). */
export interface FakeSnapshot extends Omit<FakeAppointment, 'start' | 'end'> {
  start: string;
  end: string;
}

export const emptyAppointment = (now = new Date()): FakeAppointment => {
  const start = new Date(now.getTime());
  start.setUTCMinutes(0, 0, 0);
  start.setUTCHours(start.getUTCHours() + 1);
  return {
    subject: '',
    start,
    end: new Date(start.getTime() + 30 * 60_000),
    location: '',
    rooms: [],
    organizer: { email: 'organizer@contoso.example', name: 'Organizer' },
    required: [],
    optional: [],
    bodyHtml: '',
    attachments: [],
    recurrence: null,
  };
};
