/**
 * Runtime values of the Office.js enums Meeting Guard touches, exactly as office.js defines them
 * (strings, not the numeric members the typings declare), for the fake host and office-addin-mock.
 */
export const fakeOfficeEnums = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Html: 'html', Text: 'text' },
  HostType: { Outlook: 'Outlook' },
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
  EventType: {
    AppointmentTimeChanged: 'olkAppointmentTimeChanged',
    RecipientsChanged: 'olkRecipientsChanged',
    RecurrenceChanged: 'olkRecurrenceChanged',
    AttachmentsChanged: 'olkAttachmentsChanged',
    EnhancedLocationsChanged: 'olkEnhancedLocationsChanged',
    ItemChanged: 'olkItemSelectedChanged',
  },
  MailboxEnums: {
    ItemType: { Message: 'message', Appointment: 'appointment' },
    ItemNotificationMessageType: {
      ProgressIndicator: 'progressIndicator',
      InformationalMessage: 'informationalMessage',
      ErrorMessage: 'errorMessage',
      InsightMessage: 'insightMessage',
    },
    RecipientType: {
      DistributionList: 'distributionList',
      User: 'user',
      ExternalUser: 'externalUser',
      Other: 'other',
    },
    ResponseType: {
      None: 'none',
      Organizer: 'organizer',
      Tentative: 'tentative',
      Accepted: 'accepted',
      Declined: 'declined',
    },
    RecurrenceType: {
      Daily: 'daily',
      Weekday: 'weekday',
      Weekly: 'weekly',
      Monthly: 'monthly',
      Yearly: 'yearly',
    },
    Days: {
      Mon: 'mon',
      Tue: 'tue',
      Wed: 'wed',
      Thu: 'thu',
      Fri: 'fri',
      Sat: 'sat',
      Sun: 'sun',
      Weekday: 'weekday',
      WeekendDay: 'weekendDay',
      Day: 'day',
    },
    LocationType: { Custom: 'custom', Room: 'room' },
    AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
    AttachmentStatus: { Added: 'added', Removed: 'removed' },
    SendModeOverride: { PromptUser: 'promptUser' },
  },
} as const;
