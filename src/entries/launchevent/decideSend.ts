import type { Verdict } from '../../core/evaluate';
import { sendGuardCatalog } from '../../core/i18n/catalogs/sendGuardCatalog';
import { createTranslator } from '../../core/i18n/createTranslator';
import type { Finding } from '../../core/model/Finding';
import type { Lang } from '../../core/model/Lang';
import type { SendGuardSettings } from './SendGuardSettings';

const t = createTranslator(sendGuardCatalog);

/** Smart Alerts limits: dialog text 500 chars, button label 20. */
export const MESSAGE_MAX = 500;
const LABEL_MAX = 20;

/** What the host can do, from `requirements.isSetSupported('Mailbox', …)`. */
export interface SendCapabilities {
  /** 1.14: sendModeOverride, cancelLabel, commandId, contextData. */
  prompt: boolean;
  /** 1.15: errorMessageMarkdown. */
  markdown: boolean;
}

/** The subset of `Office.SmartAlertsEventCompletedOptions` we send. */
export interface SendAnswer {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: 'promptUser';
}

export interface SendDecision {
  answer: SendAnswer;
  /** One line for the runtime log: why the guard answered so. */
  log: string;
}

const chars = (s: string) => Array.from(s).length;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
// A block names its fix (where to move the meeting); a warning's fix is a template the pane inserts in one click.
const line = (f: Finding) => oneLine(f.severity === 'block' && f.fix ? `${f.message} ${f.fix}` : f.message);
// The invite's own text can reach a finding. Outlook's Markdown subset documents no escapes, so text
// with Markdown syntax in it is sent as plain text only, never as links or emphasis.
const MARKDOWN_SYNTAX = /[`*_[\]\\<>]|\r/;

interface Format {
  bullet: string;
  /** After the title, between items, after the last item (before the closing). */
  head: string;
  between: string;
  tail: string;
}
const PLAIN: Format = { bullet: '• ', head: '\n', between: '\n', tail: '\n' };
// Smart Alerts Markdown: list items end with \r, a blank line is \n\n.
const MARKDOWN: Format = { bullet: '- ', head: '\n\n', between: '\r', tail: '\r\n\n' };

/**
 * Fits title, findings and closing under `max` characters: whole findings while they fit, then
 * "…and N more". A single finding too long on its own is cut.
 */
function compose(
  lang: Lang,
  title: string,
  items: string[],
  closing: string,
  max: number,
  f: Format,
): string {
  const head = `${title}${f.head}`;
  const tail = closing ? `${f.tail}${closing}` : '';
  const more = (n: number) => (n > 0 ? `${f.between}${t(lang, 'more', { count: n })}` : '');
  const kept: string[] = [];
  let dropped = 0;
  for (let i = 0; i < items.length; i++) {
    const item = `${f.bullet}${items[i] ?? ''}`;
    const rest = items.length - i - 1;
    if (chars(head + [...kept, item].join(f.between) + more(rest) + tail) <= max) {
      kept.push(item);
      continue;
    }
    if (kept.length === 0) {
      const room = max - chars(head + f.bullet + more(rest) + tail) - 1;
      kept.push(
        `${f.bullet}${Array.from(items[i] ?? '')
          .slice(0, Math.max(0, room))
          .join('')}…`,
      );
      dropped = rest;
    } else dropped = items.length - i;
    break;
  }
  const text = head + kept.join(f.between) + more(dropped) + tail;
  return chars(text) <= max
    ? text
    : Array.from(text)
        .slice(0, max - 1)
        .join('') + '…';
}

/**
 * Turns a verdict into the Smart Alerts answer. Block findings stop the send (the manifest's
 * softBlock); prompt-worthy warnings ask with Send Anyway where the host can, else per settings.
 */
export function decideSend(
  verdict: Verdict,
  settings: SendGuardSettings,
  lang: Lang,
  caps: SendCapabilities,
): SendDecision {
  const blocks = verdict.findings.filter((f) => f.severity === 'block');
  const warns = verdict.findings.filter(
    (f) => f.severity === 'warn' && settings.promptRules.includes(f.rule),
  );
  if (blocks.length === 0 && (warns.length === 0 || settings.onWarn === 'allow')) {
    const log =
      warns.length === 0 ? t(lang, 'log.clean') : t(lang, 'log.warnAllowed', { count: warns.length });
    return { answer: { allowEvent: true }, log };
  }
  const prompting = blocks.length === 0;
  if (prompting && !caps.prompt && settings.onWarnWithoutPrompt === 'allow') {
    return { answer: { allowEvent: true }, log: t(lang, 'log.warnAllowed', { count: warns.length }) };
  }
  const shown = prompting ? warns : [...blocks, ...warns];
  const title = t(lang, prompting ? 'warn.title' : 'block.title');
  const closing = prompting && caps.prompt ? t(lang, 'warn.question') : '';
  const items = shown.map(line);
  const answer: SendAnswer = {
    allowEvent: false,
    errorMessage: compose(lang, title, items, closing, MESSAGE_MAX, PLAIN),
  };
  if (caps.markdown && !items.some((i) => MARKDOWN_SYNTAX.test(i))) {
    answer.errorMessageMarkdown = compose(lang, `**${title}**`, items, closing, MESSAGE_MAX, MARKDOWN);
  }
  if (caps.prompt) {
    answer.cancelLabel = Array.from(t(lang, 'cancelLabel')).slice(0, LABEL_MAX).join('');
    answer.commandId = settings.commandId;
    answer.contextData = JSON.stringify({ rules: shown.map((f) => f.rule) });
    if (prompting) answer.sendModeOverride = 'promptUser';
  }
  return { answer, log: `${shown.map((f) => f.rule).join(', ')}: ${prompting ? 'prompt' : 'block'}` };
}
