import type { ItemKind } from './AgendaItem';
import { BREAK_RE, DECIDE_RE, INFO_RE } from './agendaPatterns';

/** Break first (a break is never judged for owner/output), then decide over inform (`同步决策结果` decides). */
export function classifyItem(text: string): ItemKind {
  if (BREAK_RE.test(text)) return 'break';
  if (DECIDE_RE.test(text)) return 'decide';
  if (INFO_RE.test(text)) return 'info';
  return 'discuss';
}
