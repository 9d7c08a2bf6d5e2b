import { normalizeText } from '../text/normalizeText';
import { TYPE_EN_RE, TYPE_ZH_RE } from './agendaPatterns';

export type MeetingType = 'decision' | 'discussion' | 'informational';

/** The guide's three meeting types: 决策型/讨论型/告知型, or `Type: Decision/Discussion/Informational (FYI)`. */
export function findMeetingType(text: string): MeetingType | null {
  const norm = normalizeText(typeof text === 'string' ? text : '');
  const zh = TYPE_ZH_RE.exec(norm);
  const word = zh?.[1] ?? zh?.[2];
  if (word) return word === '决策' ? 'decision' : word === '讨论' ? 'discussion' : 'informational';
  const en = TYPE_EN_RE.exec(norm);
  if (!en || en[1] === undefined) return null;
  const kind = en[1].toLowerCase();
  if (kind.startsWith('decision')) return 'decision';
  if (kind.startsWith('discussion')) return 'discussion';
  return 'informational';
}
