import type { Retrospective } from '../../core/followup/retrospective';
import { toCsv } from '../../core/followup/toCsv';
import type { Lang } from '../../core/model/Lang';
import { ft } from './followupText';

/** The quarterly review as a spreadsheet: one row per meeting, headers in the user's language. */
export function retroCsv(retro: Retrospective, lang: Lang): string {
  const head = (['meeting', 'date', 'goalMet', 'why', 'actions', 'onTime', 'late', 'open', 'findings'] as const).map((k) =>
    ft(lang, `csv.${k}`),
  );
  return toCsv([
    head,
    ...retro.meetings.map((m) => [
      m.meeting.subject,
      m.date,
      m.meeting.goalMet ? ft(lang, `goal.${m.meeting.goalMet}`) : '',
      m.meeting.goalWhy ?? '',
      m.actions,
      m.onTime,
      m.late,
      m.open,
      m.meeting.inviteFindings ?? '',
    ]),
  ]);
}
