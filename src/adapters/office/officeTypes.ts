/**
 * The slice of Office.js the adapter, the send guard and the fake host share. Each member is picked from
 * @types/office-js, so the real `Office` global satisfies it and the fake is checked against the real
 * signatures. Optional members are the ones a host may lack (newer requirement sets, preview APIs).
 */
export interface OfficeComposeItem {
  subject: Pick<Office.Subject, 'getAsync' | 'setAsync'>;
  start: Pick<Office.Time, 'getAsync' | 'setAsync'>;
  end: Pick<Office.Time, 'getAsync' | 'setAsync'>;
  location: Pick<Office.Location, 'getAsync' | 'setAsync'>;
  requiredAttendees: Pick<Office.Recipients, 'getAsync'>;
  optionalAttendees: Pick<Office.Recipients, 'getAsync'>;
  body: Pick<Office.Body, 'getAsync' | 'setAsync' | 'prependAsync'>;
  notificationMessages: Pick<Office.NotificationMessages, 'replaceAsync' | 'removeAsync' | 'getAllAsync'>;
  getAttachmentsAsync: Office.AppointmentCompose['getAttachmentsAsync'];
  /** Mailbox 1.8. */
  enhancedLocation?: Pick<Office.EnhancedLocation, 'getAsync'>;
  /** Mailbox 1.7. */
  organizer?: Pick<Office.Organizer, 'getAsync'>;
  /** Mailbox 1.7. */
  recurrence?: Pick<Office.Recurrence, 'getAsync'>;
  /** Mailbox 1.7 (item events). */
  addHandlerAsync?: Office.AppointmentCompose['addHandlerAsync'];
  removeHandlerAsync?: Office.AppointmentCompose['removeHandlerAsync'];
  /** Mailbox preview only (absent from the release typings): feature-detected. */
  isAllDayEvent?: { getAsync(callback: (result: Office.AsyncResult<boolean>) => void): void };
}

export interface OfficeUserProfileLike {
  /** Windows name ("China Standard Time") on most clients, IANA on some. */
  timeZone?: string;
  emailAddress?: string;
  displayName?: string;
}

export interface OfficeLike {
  context: {
    mailbox?: { item?: OfficeComposeItem | null; userProfile?: OfficeUserProfileLike };
    displayLanguage?: string;
    roamingSettings?: Pick<Office.RoamingSettings, 'get'>;
    requirements?: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
  };
  actions?: { associate(actionId: string, actionFunction: (arg?: unknown) => void): void };
  /** `Office.auth` (NestedAppAuth 1.1: getAuthContext). */
  auth?: { getAuthContext?(): Promise<Pick<Office.AuthContext, 'userPrincipalName' | 'loginHint'>> };
}

/**
 * Runtime string values of the Office enums we pass. Using the strings (not `Office.X.Y`) keeps the
 * adapter working under office-addin-mock and in the JS-only runtime before the enums load.
 */
export const OFFICE = {
  html: 'html',
  text: 'text',
  errorMessage: 'errorMessage',
  informationalMessage: 'informationalMessage',
  events: {
    time: 'olkAppointmentTimeChanged',
    recipients: 'olkRecipientsChanged',
    recurrence: 'olkRecurrenceChanged',
    attachments: 'olkAttachmentsChanged',
    location: 'olkEnhancedLocationsChanged',
  },
} as const;
