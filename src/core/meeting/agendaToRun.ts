import { findGoal } from '../agenda/findGoal';
import { findMeetingType, type MeetingType } from '../agenda/findMeetingType';
import { parseAgenda } from '../agenda/parseAgenda';
import type { AgendaItem } from '../agenda/AgendaItem';
import type { RunItem } from './MeetingRun';

export interface RunPlan {
  goal: string;
  type: MeetingType | null;
  items: RunItem[];
}

const MAX_ITEMS = 50;

/** Minutes of an item: as stated, else from its clock range (`14:10-14:30`), else 0 (unplanned). */
export function itemMinutes(i: AgendaItem): number {
  if (i.minutes !== undefined && Number.isFinite(i.minutes) && i.minutes > 0)
    return Math.min(600, Math.round(i.minutes));
  if (!i.clock) return 0;
  const m = (s: string): number | undefined => {
    const r = /^(\d{1,2}):(\d{2})$/.exec(s);
    return r ? Number(r[1]) * 60 + Number(r[2]) : undefined;
  };
  const a = m(i.clock.start);
  const b = m(i.clock.end);
  return a !== undefined && b !== undefined && b > a ? b - a : 0;
}

export function toRunItems(agenda: readonly AgendaItem[]): RunItem[] {
  return agenda.slice(0, MAX_ITEMS).map((i) => ({
    title: i.title,
    minutes: itemMinutes(i),
    kind: i.kind,
    ...(i.owner ? { owner: i.owner } : {}),
    ...(i.output ? { output: i.output } : {}),
  }));
}

/** The goal, type and agenda of an invite body (or pasted text), ready to run. */
export function agendaToRun(text: string, subject = ''): RunPlan {
  const body = typeof text === 'string' ? text : '';
  return {
    goal: findGoal(body)?.text ?? '',
    type: findMeetingType(`${subject}\n${body}`),
    items: toRunItems(parseAgenda(body)),
  };
}
