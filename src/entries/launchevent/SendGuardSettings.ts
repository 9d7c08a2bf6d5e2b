import { RULE_IDS, type RuleId } from '../../core/model/Finding';

/**
 * How the send guard turns a verdict into Outlook's Smart Alerts answer (web/public/sendguard.json,
 * bundled at build time). Kept apart from the rulebook policy, whose schema every surface shares.
 */
export interface SendGuardSettings {
  /** `warn` findings of these rules make the guard speak up at send; other warnings stay in the pane. */
  promptRules: RuleId[];
  /** With such warnings: "prompt" shows the dialog with Send Anyway (Mailbox 1.14), "allow" stays silent. */
  onWarn: 'prompt' | 'allow';
  /** Where the host cannot offer Send Anyway (before Mailbox 1.14): "softBlock" (fix first) or "allow". */
  onWarnWithoutPrompt: 'softBlock' | 'allow';
  /** Allow the send when Outlook has not handed over the item by then (Outlook says "taking longer" at 5 s). */
  timeoutMs: number;
  /** Ribbon control that the dialog's "Take action" button opens (the Check invite button). */
  commandId: string;
}

export const DEFAULT_SEND_GUARD_SETTINGS: SendGuardSettings = {
  promptRules: ['goal.missing', 'goal.vague', 'agenda.missing', 'prereads.missing'],
  onWarn: 'prompt',
  onWarnWithoutPrompt: 'softBlock',
  timeoutMs: 4000,
  commandId: 'mgCheckInviteButton',
};

const isRuleId = (v: unknown): v is RuleId =>
  typeof v === 'string' && (RULE_IDS as readonly string[]).includes(v);

/**
 * Lenient by design: a bad value falls back to its default (the guard must never trap a sender), and
 * every ignored field is reported so the build test can fail on a typo.
 */
export function parseSendGuardSettings(input: unknown): { settings: SendGuardSettings; problems: string[] } {
  const d = DEFAULT_SEND_GUARD_SETTINGS;
  const problems: string[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { settings: { ...d }, problems: ['settings must be a JSON object'] };
  }
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o))
    if (!(key in d) && key !== '$comment') problems.push(`unknown field "${key}"`);
  const pick = <T>(key: keyof SendGuardSettings, ok: (v: unknown) => v is T, fallback: T): T => {
    if (!(key in o)) return fallback;
    if (ok(o[key])) return o[key];
    problems.push(`bad value for "${key}"`);
    return fallback;
  };
  const rules = pick('promptRules', (v): v is unknown[] => Array.isArray(v), d.promptRules);
  if (rules.some((r) => !isRuleId(r))) problems.push('promptRules has an unknown rule id');
  return {
    settings: {
      promptRules: rules.filter(isRuleId),
      onWarn: pick('onWarn', (v): v is 'prompt' | 'allow' => v === 'prompt' || v === 'allow', d.onWarn),
      onWarnWithoutPrompt: pick(
        'onWarnWithoutPrompt',
        (v): v is 'softBlock' | 'allow' => v === 'softBlock' || v === 'allow',
        d.onWarnWithoutPrompt,
      ),
      timeoutMs: pick(
        'timeoutMs',
        (v): v is number => typeof v === 'number' && v >= 500 && v <= 60_000,
        d.timeoutMs,
      ),
      commandId: pick(
        'commandId',
        (v): v is string => typeof v === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(v),
        d.commandId,
      ),
    },
    problems,
  };
}
