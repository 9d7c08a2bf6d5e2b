/**
 * The delegated Graph scopes Meeting Guard asks for, least privilege first. One reason each; the table in
 * README.md is generated from the same facts. openid/profile/offline_access are added by MSAL itself.
 * Deliberately absent: Group.Read.All (Tasks.* covers /me/planner/plans and /groups/{id}/planner/plans),
 * Calendars.Read.Shared (findMeetingTimes; getSchedule gives free/busy under Calendars.ReadWrite),
 * Chat.ReadWrite (Chat.ReadBasic + ChatMessage.Send is enough), MailboxSettings.Read (the host gives the zone).
 */
export const GRAPH_SCOPES = [
  { scope: 'User.Read', why: 'sign in; read the signed-in user (object id for Planner assignments, mail)' },
  { scope: 'Calendars.ReadWrite', why: 'read the meeting event, write its open extension (outcomes, task links), calendarView, getSchedule free/busy' },
  { scope: 'Tasks.ReadWrite', why: 'create/read/update Planner tasks and details, list plans and buckets, To Do fallback' },
  { scope: 'User.ReadBasic.All', why: 'resolve attendee e-mail addresses to directory ids for Planner assignments' },
  { scope: 'Mail.Send', why: 'send the minutes by e-mail' },
  { scope: 'Chat.ReadBasic', why: 'GET /chats/{id}: find the meeting (onlineMeetingInfo) behind a Teams meeting chat' },
  { scope: 'ChatMessage.Send', why: 'post the minutes into the meeting chat' },
  { scope: 'OnlineMeetings.Read', why: 'find the online meeting by its join URL when the chat gives no calendar event id' },
] as const;

export const DEFAULT_SCOPES: readonly string[] = GRAPH_SCOPES.map((s) => s.scope);
