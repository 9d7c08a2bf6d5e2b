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

type Optional = 'owner' | 'minutes' | 'clock' | 'output';
type Parts = Omit<AgendaItem, Optional> & { [K in Optional]?: NonNullable<AgendaItem[K]> | undefined };

/** An item with only the parts that were found: a missing owner is absent, never `owner: undefined`. */
export function agendaItem({ title, owner, minutes, clock, output, kind, line }: Parts): AgendaItem {
  return {
    title,
    ...(owner === undefined ? {} : { owner }),
    ...(minutes === undefined ? {} : { minutes }),
    ...(clock === undefined ? {} : { clock }),
    ...(output === undefined ? {} : { output }),
    kind,
    line,
  };
}
