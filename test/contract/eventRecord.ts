import { randomUUID } from 'node:crypto';
import type { EventRec, UserRec } from '../../src/emulator/EmuState';

// No vitest import here: the benches (run by tsx, outside vitest) build their events with it too.
export interface EventSpec {
  organizer: Pick<UserRec, 'id'>;
  attendees: Array<Pick<UserRec, 'displayName' | 'mail'>>;
  subject: string;
  startUtc: string;
  endUtc: string;
  joinUrl?: string;
  /** `none` is how an invite nobody has answered yet reads (Graph's zero date); default accepted now. */
  response?: 'accepted' | 'none';
}

/** An event as Outlook would have stored it; `over` replaces any field (stable ids, body, extensions…). */
export function eventRecord(e: EventSpec, over: Partial<EventRec> = {}): EventRec {
  const now = new Date().toISOString();
  const status =
    e.response === 'none'
      ? { response: 'none', time: '0001-01-01T00:00:00Z' }
      : { response: 'accepted', time: now };
  return {
    id: `AAMkAGcontract${randomUUID().replace(/-/g, '')}=`,
    organizerId: e.organizer.id,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: randomUUID(),
    iCalUId: randomUUID(),
    subject: e.subject,
    body: { contentType: 'html', content: '<p>Goal: decide</p>' },
    startUtc: e.startUtc,
    endUtc: e.endUtc,
    originalStartTimeZone: 'UTC',
    originalEndTimeZone: 'UTC',
    isAllDay: false,
    isCancelled: false,
    showAs: 'busy',
    importance: 'normal',
    sensitivity: 'normal',
    categories: [],
    location: { displayName: 'Room 1', locationType: 'default' },
    attendees: e.attendees.map((a) => ({
      type: 'required',
      status: { ...status },
      emailAddress: { name: a.displayName, address: a.mail },
    })),
    isOnlineMeeting: e.joinUrl !== undefined,
    onlineMeetingProvider: e.joinUrl ? 'teamsForBusiness' : 'unknown',
    joinUrl: e.joinUrl ?? null,
    recurrence: null,
    transactionId: null,
    extensions: {},
    ...over,
  };
}
