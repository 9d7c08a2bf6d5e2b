/**
 * The emulator's whole tenant as one JSON-serialisable value (what `dataFile` holds).
 * Graph-facing objects are rendered from these records by the `render*` helpers, so the stored shape
 * may differ from the wire shape (events keep UTC instants; per-user data is keyed by user id).
 */
import type { BucketRec, DetailsRec, PlanRec, TaskRec } from './TaskRec';

export type {
  BucketRec,
  ChecklistItem,
  DetailsRec,
  ExternalReference,
  IdentitySet,
  PlanRec,
  TaskRec,
} from './TaskRec';

export interface WorkingHours {
  daysOfWeek: string[];
  startTime: string;
  endTime: string;
  timeZone: { name: string };
}

export interface UserRec {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  /** Not always the mail: guests are `<mail with _>#EXT#@<tenant>.onmicrosoft.com`, some members sign in on the onmicrosoft domain. */
  userPrincipalName: string;
  /** Absent in data files written before these fields existed: read as 'Member', [] and [`SMTP:<mail>`]. */
  userType?: 'Member' | 'Guest';
  otherMails?: string[];
  proxyAddresses?: string[];
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  preferredLanguage: string;
  businessPhones: string[];
  mobilePhone: string | null;
  /** Mailbox time zone (Windows name, as mailboxSettings reports by default). */
  timeZone: string;
  workingHours: WorkingHours;
}

export interface GroupRec {
  id: string;
  displayName: string;
  description: string;
  mail: string;
  mailNickname: string;
  visibility: 'Private' | 'Public';
  groupTypes: string[];
  memberIds: string[];
  createdDateTime: string;
}

/** A directory role (`/me/memberOf` lists these beside groups). */
export interface DirectoryRoleRec {
  id: string;
  displayName: string;
  description: string;
  roleTemplateId: string;
  memberIds: string[];
}

export interface Attendee {
  type: 'required' | 'optional' | 'resource';
  status: { response: string; time: string };
  emailAddress: { name: string; address: string };
}

export interface ExtRec {
  extensionName: string;
  data: Record<string, unknown>;
  /** Set on every write; If-Match on PATCH is checked against it. */
  etag?: string;
}

/** A Teams activity feed notification as `sendActivityNotification` delivered it. */
export interface FeedRec {
  id: string;
  recipientId: string;
  appId: string;
  activityType: string;
  previewText: string;
  webUrl: string;
  templateParameters: Record<string, string>;
  chainId: number | null;
  createdDateTime: string;
  /** How often a later notification with the same chainId replaced this one. */
  replacedCount: number;
}

export interface EventRec {
  id: string;
  organizerId: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  iCalUId: string;
  subject: string;
  body: { contentType: 'html' | 'text'; content: string };
  /** UTC instants (ISO with Z). */
  startUtc: string;
  endUtc: string;
  originalStartTimeZone: string;
  originalEndTimeZone: string;
  isAllDay: boolean;
  isCancelled: boolean;
  showAs: string;
  importance: string;
  sensitivity: string;
  categories: string[];
  location: { displayName: string; locationType: string };
  attendees: Attendee[];
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  joinUrl: string | null;
  recurrence: Record<string, unknown> | null;
  /** An occurrence (or exception) of a series: the master's id, as Graph reports it. */
  seriesMasterId?: string | null;
  transactionId: string | null;
  /** Open extensions are per mailbox: keyed by user id. */
  extensions: Record<string, ExtRec[]>;
}

export interface ChatRec {
  id: string;
  topic: string | null;
  chatType: 'meeting' | 'group' | 'oneOnOne';
  createdDateTime: string;
  lastUpdatedDateTime: string;
  memberIds: string[];
  tenantId: string;
  webUrl: string;
  onlineMeetingInfo: {
    calendarEventId: string | null;
    joinWebUrl: string;
    organizerId: string;
  } | null;
}

export interface ChatMessageRec {
  id: string;
  chatId: string;
  createdDateTime: string;
  fromUserId: string;
  body: { contentType: string; content: string };
  subject: string | null;
}

export interface OnlineMeetingRec {
  id: string;
  organizerId: string;
  subject: string;
  joinWebUrl: string;
  startDateTime: string;
  endDateTime: string;
  createdDateTime: string;
  chatThreadId: string;
  participantIds: string[];
}

export interface Recipient {
  emailAddress: { name?: string; address: string };
}

export interface MailRec {
  id: string;
  fromUserId: string;
  sentDateTime: string;
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  bccRecipients: Recipient[];
  importance: string;
  internetMessageId: string;
  conversationId: string;
  /** `saveToSentItems: false` keeps it out of the Sent Items folder (still listed by `/_emu/mail`). */
  savedToSentItems?: boolean;
  /** `singleValueExtendedProperties` sent with the message (id → value). */
  extendedProperties?: Record<string, string>;
}

export interface TodoListRec {
  id: string;
  ownerId: string;
  displayName: string;
  isOwner: boolean;
  isShared: boolean;
  wellknownListName: string;
}

export interface TodoTaskRec {
  id: string;
  listId: string;
  title: string;
  body: { content: string; contentType: string };
  importance: string;
  status: string;
  categories: string[];
  createdDateTime: string;
  lastModifiedDateTime: string;
  completedDateTime: { dateTime: string; timeZone: string } | null;
  dueDateTime: { dateTime: string; timeZone: string } | null;
  isReminderOn: boolean;
  reminderDateTime: { dateTime: string; timeZone: string } | null;
  linkedResources: Array<Record<string, unknown>>;
  etag: string;
}

export interface EmuState {
  version: 1;
  tenantId: string;
  /** Monotonic counter behind ETags and change keys. */
  seq: number;
  /** The default signed-in user for tokens that do not name one. */
  defaultUserId: string;
  users: UserRec[];
  groups: GroupRec[];
  /** Optional: data files written before roles existed have none. */
  directoryRoles?: DirectoryRoleRec[];
  plans: PlanRec[];
  buckets: BucketRec[];
  tasks: TaskRec[];
  taskDetails: Record<string, DetailsRec>;
  events: EventRec[];
  chats: ChatRec[];
  chatMessages: ChatMessageRec[];
  onlineMeetings: OnlineMeetingRec[];
  mail: MailRec[];
  todoLists: TodoListRec[];
  todoTasks: TodoTaskRec[];
  /** Teams activity feed notifications (follow-up service); absent in older data files. */
  activityFeed?: FeedRec[];
  /** Open extensions on user objects, keyed by user id (the service's per-person claims). */
  userExtensions?: Record<string, ExtRec[]>;
}

export function emptyState(): EmuState {
  return {
    version: 1,
    tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    seq: 1,
    defaultUserId: '',
    users: [],
    groups: [],
    plans: [],
    buckets: [],
    tasks: [],
    taskDetails: {},
    events: [],
    chats: [],
    chatMessages: [],
    onlineMeetings: [],
    mail: [],
    todoLists: [],
    todoTasks: [],
  };
}

/** A UTC user with no directory details: the blank tenant's signed-in user, or the principal of an app request. */
export function plainUser(p: {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  workdays: string[];
}): UserRec {
  const { workdays, ...names } = p;
  return {
    ...names,
    userPrincipalName: p.mail,
    jobTitle: null,
    department: null,
    officeLocation: null,
    preferredLanguage: 'en-US',
    businessPhones: [],
    mobilePhone: null,
    timeZone: 'UTC',
    workingHours: {
      daysOfWeek: workdays,
      startTime: '08:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: 'UTC' },
    },
  };
}
