/** One English line naming what is wrong, e.g. "event 2 has no start". Callers add the file name. */
export interface ReadError {
  message: string;
}

export interface ReadOptions {
  /** Recorded as Invite.source: a file name, "outlook", an event id. */
  source: string;
  /**
   * The policy's zone (IANA or Windows name): the meeting's local zone when the input names none or
   * says UTC, and the zone of floating iCalendar times.
   */
  defaultTimeZone: string;
}
