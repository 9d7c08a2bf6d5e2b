/** What an agenda item is for; the guide orders items: share information, then discuss, then decide. */
export type ItemKind = 'info' | 'discuss' | 'decide' | 'break';

/** One agenda item as written in an invite (or typed into the meeting app). */
export interface AgendaItem {
  title: string;
  owner?: string;
  /** Stated minutes (`20分钟`, `20 min`, `20m`, `20'`, a duration column); not derived from the clock range. */
  minutes?: number;
  /** HH:MM local, as written (`14:00-14:10`); `end` may be `24:00`. */
  clock?: { start: string; end: string };
  output?: string;
  kind: ItemKind;
  /** The source line, for evidence. */
  line: string;
}
