import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';

export interface OutgoingMail {
  to: readonly string[];
  cc?: readonly string[];
  subject: string;
  /** HTML must be built from escaped text (minutes renderer), never from other people's markup. */
  body: { contentType: 'text' | 'html'; content: string };
  /** Default true. */
  saveToSentItems?: boolean;
}

export interface MailPort {
  /**
   * POST /me/sendMail (202). No recipients → bad-request without calling Graph. A timeout/offline/server
   * failure is ambiguous (the mail may have gone): the caller asks the user before sending again.
   */
  sendMail(mail: OutgoingMail): Promise<Result<void, AppError>>;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** The check both the fake and the Graph adapter apply before sending. Returns the problem, or null. */
export function mailProblem(mail: OutgoingMail): string | null {
  if (mail.to.length === 0) return 'no recipients';
  const bad = [...mail.to, ...(mail.cc ?? [])].find((a) => !EMAIL.test(a));
  if (bad !== undefined) return `not an e-mail address: ${bad.slice(0, 80)}`;
  if (mail.subject.trim() === '') return 'empty subject';
  return null;
}
