import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import { mailProblem, type MailPort, type OutgoingMail } from '../../core/ports/MailPort';

/** Records sent mail; `failNext` scripts a failure. */
export class FakeMail implements MailPort {
  readonly sent: OutgoingMail[] = [];
  private readonly failures: AppError[] = [];

  failNext(error: AppError): this {
    this.failures.push(error);
    return this;
  }

  async sendMail(mail: OutgoingMail): Promise<Result<void, AppError>> {
    const problem = mailProblem(mail);
    if (problem) return err(appError('bad-request', problem));
    const f = this.failures.shift();
    if (f) return err(f);
    this.sent.push(structuredClone(mail));
    return ok(undefined);
  }
}
