import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import { mailProblem, type MailPort, type OutgoingMail } from '../../core/ports/MailPort';
import type { GraphClient } from './createGraphClient';

const recipients = (list: readonly string[] | undefined) => (list ?? []).map((address) => ({ emailAddress: { address } }));

export class GraphMail implements MailPort {
  constructor(private readonly graph: GraphClient) {}

  async sendMail(mail: OutgoingMail): Promise<Result<void, AppError>> {
    const problem = mailProblem(mail);
    if (problem) return err(appError('bad-request', problem));
    const r = await this.graph.post('/me/sendMail', {
      message: {
        subject: mail.subject,
        body: { contentType: mail.body.contentType === 'html' ? 'HTML' : 'Text', content: mail.body.content },
        toRecipients: recipients(mail.to),
        ...(mail.cc && mail.cc.length > 0 ? { ccRecipients: recipients(mail.cc) } : {}),
      },
      saveToSentItems: mail.saveToSentItems ?? true,
    });
    return r.ok ? ok(undefined) : r;
  }
}
