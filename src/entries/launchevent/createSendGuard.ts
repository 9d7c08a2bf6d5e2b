import { createLimiter } from '../../adapters/office/officeCall';
import type { OfficeLike } from '../../adapters/office/officeTypes';
import { readComposeInvite } from '../../adapters/office/readComposeInvite';
import { evaluate } from '../../core/evaluate';
import { sendGuardCatalog } from '../../core/i18n/catalogs/sendGuardCatalog';
import { createTranslator } from '../../core/i18n/createTranslator';
import { toLang } from '../../core/model/Lang';
import type { Policy } from '../../core/model/Policy';
import {
  applyUserSettings,
  isTightening,
  parseUserSettings,
  USER_SETTINGS_KEY,
} from '../../ui/taskpane/userSettings';
import { decideSend, type SendAnswer } from './decideSend';
import type { SendGuardSettings } from './SendGuardSettings';

const t = createTranslator(sendGuardCatalog);

/** The Smart Alerts event Outlook passes to the handler. */
export interface SendEvent {
  completed(options: SendAnswer): void;
}

export interface SendGuardDeps {
  /** The Office global at call time (the JS-only runtime sets it before any handler runs). */
  office: () => OfficeLike | undefined;
  orgPolicy: Policy;
  settings: SendGuardSettings;
  now: () => Date;
  /** The runtime log (console in Outlook's runtime logging); never shown to the user. */
  log: (line: string) => void;
  /** Absent in a runtime without timers: then only Outlook's own 5-minute limit applies. */
  setTimer?: (fn: () => void, ms: number) => void;
}

const supports = (office: OfficeLike, version: string): boolean => {
  try {
    return office.context.requirements?.isSetSupported('Mailbox', version) === true;
  } catch {
    return false;
  }
};

const ALLOW: SendAnswer = { allowEvent: true };

/** The org policy made stricter by what the user saved in the pane (same key, same reading as the pane). */
function userPolicy(office: OfficeLike, org: Policy): Policy {
  let raw: unknown;
  try {
    raw = office.context.roamingSettings?.get(USER_SETTINGS_KEY);
  } catch {
    return org;
  }
  const settings = parseUserSettings(typeof raw === 'string' ? raw : null);
  return isTightening(settings, org) ? applyUserSettings(org, settings) : org;
}

/**
 * The OnAppointmentSend handler. It answers exactly once: the verdict, or "allow" when the item cannot
 * be read, the check fails, or Outlook is slow to hand over the item — the guard never traps a sender.
 */
export function createSendGuard(deps: SendGuardDeps): (event: SendEvent) => void {
  return function onAppointmentSendHandler(event: SendEvent): void {
    let answered = false;
    const answer = (options: SendAnswer, line: string) => {
      if (answered) return;
      answered = true;
      deps.log(line);
      try {
        event.completed(options);
      } catch {
        // An option this client does not know (older build): the plain answer always works.
        event.completed(
          options.allowEvent
            ? ALLOW
            : { allowEvent: false, ...(options.errorMessage ? { errorMessage: options.errorMessage } : {}) },
        );
      }
    };
    const office = deps.office();
    if (!office || !office.context) {
      answer(ALLOW, t('en-US', 'log.unreadable', { detail: 'no Office context' }));
      return;
    }
    const lang = toLang(office.context.displayLanguage);
    try {
      deps.setTimer?.(
        () => answer(ALLOW, t(lang, 'log.timeout', { seconds: deps.settings.timeoutMs / 1000 })),
        deps.settings.timeoutMs,
      );
      const policy = userPolicy(office, deps.orgPolicy);
      // The adapter's read path only (the pane's writes, info bars and polling stay out of this bundle).
      readComposeInvite(office, createLimiter(3), { fallbackZone: policy.timeZone })
        .then((read) => {
          if (!read.ok) {
            answer(
              ALLOW,
              t(lang, 'log.unreadable', { detail: `${read.error.kind}: ${read.error.detail ?? ''}` }),
            );
            return;
          }
          const verdict = evaluate(read.value, policy, deps.now(), { lang });
          const decision = decideSend(verdict, deps.settings, lang, {
            prompt: supports(office, '1.14'),
            markdown: supports(office, '1.15'),
          });
          answer(decision.answer, decision.log);
        })
        .catch((e: unknown) => answer(ALLOW, t(lang, 'log.failed', { detail: String(e) })));
    } catch (e) {
      answer(ALLOW, t(lang, 'log.failed', { detail: String(e) }));
    }
  };
}
