import { agendaBreakMissing } from './agendaBreakMissing';
import { agendaItemIncomplete } from './agendaItemIncomplete';
import { agendaMissing } from './agendaMissing';
import { agendaOrder } from './agendaOrder';
import { agendaTiming } from './agendaTiming';
import { attendeesTooMany } from './attendeesTooMany';
import { durationNonstandard } from './durationNonstandard';
import { goalMissing } from './goalMissing';
import { goalVague } from './goalVague';
import { locationMissing } from './locationMissing';
import { noticeShort } from './noticeShort';
import { prereadsMissing } from './prereadsMissing';
import type { Rule } from './RuleContext';
import { slotBlocked } from './slotBlocked';
import { typeMissing } from './typeMissing';

/** Every rule of the rulebook, in its table order (the order findings of equal severity are listed in). */
export const RULES: readonly Rule[] = [
  slotBlocked,
  noticeShort,
  goalMissing,
  goalVague,
  agendaMissing,
  agendaItemIncomplete,
  agendaTiming,
  agendaBreakMissing,
  agendaOrder,
  prereadsMissing,
  attendeesTooMany,
  durationNonstandard,
  locationMissing,
  typeMissing,
];
