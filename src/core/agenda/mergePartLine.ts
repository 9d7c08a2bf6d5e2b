import { agendaItem, type AgendaItem } from './AgendaItem';
import { CLOCK_RANGE_RE } from './agendaPatterns';
import { labelledOutput, labelledOwner, parseMinutes, toClock } from './parseItemText';

/** A line under an item that adds one part (`负责人:李工`, `时长:20分钟`, `Output: list`): fills what the item lacks. */
export function mergePartLine(item: AgendaItem, norm: string): AgendaItem {
  const owner = item.owner ?? labelledOwner(norm);
  const output = item.output ?? labelledOutput(norm);
  const minutes = item.minutes ?? parseMinutes(norm);
  const c = item.clock ? undefined : CLOCK_RANGE_RE.exec(norm);
  const clock = item.clock ?? (c ? toClock(c) : undefined);
  return agendaItem({ ...item, owner, output, minutes, clock });
}
