export const RULE_IDS = [
  'slot.blocked',
  'notice.short',
  'goal.missing',
  'goal.vague',
  'agenda.missing',
  'agenda.item-incomplete',
  'agenda.timing',
  'agenda.break-missing',
  'agenda.order',
  'prereads.missing',
  'attendees.too-many',
  'duration.nonstandard',
  'location.missing',
  'type.missing',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'info' | 'warn' | 'block';

export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  'slot.blocked': 'block',
  'notice.short': 'warn',
  'goal.missing': 'warn',
  'goal.vague': 'warn',
  'agenda.missing': 'warn',
  'agenda.item-incomplete': 'warn',
  'agenda.timing': 'warn',
  'agenda.break-missing': 'warn',
  'agenda.order': 'info',
  'prereads.missing': 'warn',
  'attendees.too-many': 'warn',
  'duration.nonstandard': 'info',
  'location.missing': 'warn',
  'type.missing': 'info',
};

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** In the user's language (zh-CN or en-US). */
  message: string;
  /** The text the finding is about. */
  evidence?: string;
  /** What to write instead. */
  fix?: string;
}
