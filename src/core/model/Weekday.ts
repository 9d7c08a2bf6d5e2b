export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
/** Lower-case English weekday, as the rulebook's policy and Graph's `daysOfWeek` spell it. */
export type Weekday = (typeof WEEKDAYS)[number];
