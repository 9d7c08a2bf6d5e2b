import type { AppError } from '../../core/errors/AppError';
import type { Result } from '../../core/model/Result';
import type {
  ActivityNote,
  DeltaPage,
  DeltaRequest,
  ServiceMail,
  ServicePorts,
  ServiceResult,
} from '../../core/ports/ServicePorts';
import type { ClaimDoc, ClaimScope } from '../../core/service/ServiceIntent';
import type { ServiceEvent, ServiceTask, WatchedPerson } from '../../core/service/ServiceModel';
import { runWithFault, type FaultInjector } from './FaultPlan';

export interface FeedEntry {
  key: string;
  recipientId: string;
  chainId: number;
  activityType: string;
  title: string;
  text: string;
  webUrl: string;
  /** Clock time of the first send, and how often a resend with the same chainId replaced it. */
  at: number;
  replaced: number;
}

export interface SentMail extends ServiceMail {
  at: number;
}

interface StoredEvent {
  event: ServiceEvent;
  seq: number;
}

const notFound = (detail: string): Result<never, AppError> => ({
  ok: false,
  error: { kind: 'not-found', code: 404, detail },
});

/**
 * The Graph the service sees, in memory, with the emulator's semantics: delta tokens are change
 * sequence numbers, claim documents have ETags (If-Match → 412, create-if-absent → 409), the activity
 * feed replaces an item sent again with the same chainId, and every call can fail before or after it
 * commits (or "crash" the caller) through the shared fault injector.
 */
export class FakeServiceGraph implements ServicePorts {
  people: WatchedPerson[] = [];
  groupMembers: string[] = [];
  tasksList: ServiceTask[] = [];
  readonly feed: FeedEntry[] = [];
  readonly mail: SentMail[] = [];
  readonly calls: string[] = [];
  private readonly events = new Map<string, StoredEvent>();
  private readonly docs = new Map<string, { etag: string; claims: ClaimDoc['claims'] }>();
  private seq = 1;
  private opSeq = 0;

  constructor(
    private readonly clock: () => number,
    private readonly faults: FaultInjector = () => undefined,
    /** Yields between calls so concurrent instances interleave (seeded by the test). */
    private readonly yieldTurns: () => number = () => 0,
  ) {}

  putEvent(event: ServiceEvent): void {
    this.events.set(event.id, { event: { ...event }, seq: ++this.seq });
  }

  eventList(): ServiceEvent[] {
    return [...this.events.values()].map((s) => s.event);
  }

  private async op<T>(method: string, apply: () => Result<T, AppError>): ServiceResult<T> {
    for (let i = this.yieldTurns(); i > 0; i--) await Promise.resolve();
    const op = { service: 'service' as const, method, seq: this.opSeq++ };
    this.calls.push(method);
    return runWithFault(this.faults(op), op, apply);
  }

  readonly members = {
    listMembers: (groupId: string) =>
      this.op('members', () =>
        groupId
          ? {
              ok: true,
              value: this.people.filter((p) => this.groupMembers.includes(p.id)).map((p) => ({ ...p })),
            }
          : notFound('group'),
      ),
  };

  readonly calendar = {
    delta: async (requests: readonly DeltaRequest[]): Promise<Result<DeltaPage, AppError>[]> => {
      const out: Result<DeltaPage, AppError>[] = [];
      for (const r of requests) {
        out.push(
          await this.op('delta', () => {
            const since = r.token ? Number(r.token) : 0;
            const events = [...this.events.values()]
              .filter(
                (s) =>
                  s.event.organizerId === r.userId &&
                  s.seq > since &&
                  (since > 0 || (s.event.end >= r.window.start && s.event.start < r.window.end)),
              )
              .map((s) => ({ ...s.event }));
            return { ok: true, value: { userId: r.userId, events, token: String(this.seq) } };
          }),
        );
      }
      return out;
    },
    calendarViews: async (
      userIds: readonly string[],
      w: { start: string; end: string },
    ): Promise<Result<ServiceEvent[], AppError>[]> => {
      const out: Result<ServiceEvent[], AppError>[] = [];
      for (const userId of userIds) {
        out.push(
          await this.op('calendarView', () => ({
            ok: true,
            value: [...this.events.values()]
              .map((s) => s.event)
              .filter((e) => e.organizerId === userId && e.end >= w.start && e.start < w.end)
              .map((e) => ({ ...e })),
          })),
        );
      }
      return out;
    },
  };

  readonly tasks = {
    listTasks: (groupId: string) =>
      this.op('tasks', () =>
        groupId
          ? { ok: true, value: this.tasksList.map((t) => ({ ...t, assigneeIds: [...t.assigneeIds] })) }
          : notFound('group'),
      ),
  };

  readonly notifier = {
    sendActivity: (note: ActivityNote) =>
      this.op('sendActivity', (): Result<void, AppError> => {
        const person = this.people.find((p) => p.id === note.recipientId);
        if (!person) return notFound('user');
        if (person.teams === false) return notFound('app not installed for the user');
        const same = this.feed.find((f) => f.recipientId === note.recipientId && f.chainId === note.chainId);
        const fields = {
          activityType: note.activityType,
          title: note.templateParameters.title ?? note.previewText,
          text: note.templateParameters.text ?? '',
          webUrl: note.webUrl,
        };
        if (same) Object.assign(same, fields, { replaced: same.replaced + 1 });
        else
          this.feed.push({
            key: note.key,
            recipientId: note.recipientId,
            chainId: note.chainId,
            ...fields,
            at: this.clock(),
            replaced: 0,
          });
        return { ok: true, value: undefined };
      }),
    sendMail: (mail: ServiceMail) =>
      this.op('sendMail', (): Result<void, AppError> => {
        this.mail.push({ ...mail, at: this.clock() });
        return { ok: true, value: undefined };
      }),
    mailSent: (fromId: string, key: string) =>
      this.op('mailSent', () => ({
        ok: true,
        value: this.mail.some((m) => m.fromId === fromId && m.intentKey === key),
      })),
  };

  readonly claims = {
    read: (scope: ClaimScope) =>
      this.op('claimRead', (): Result<ClaimDoc, AppError> => {
        if (scope.kind === 'event' && !this.events.has(scope.eventId)) return notFound('event');
        const doc = this.docs.get(scopeKey(scope));
        return {
          ok: true,
          value: doc ? { etag: doc.etag, claims: structuredClone(doc.claims) } : { etag: null, claims: {} },
        };
      }),
    write: (scope: ClaimScope, claims: ClaimDoc['claims'], etag: string | null) =>
      this.op('claimWrite', (): Result<{ etag: string }, AppError> => {
        const key = scopeKey(scope);
        const doc = this.docs.get(key);
        if (etag === null && doc) return { ok: false, error: { kind: 'conflict', code: 409 } };
        if (etag !== null && doc?.etag !== etag)
          return { ok: false, error: { kind: 'precondition-failed', code: 412 } };
        const next = { etag: `W/"${++this.seq}"`, claims: structuredClone(claims) };
        this.docs.set(key, next);
        return { ok: true, value: { etag: next.etag } };
      }),
  };
}

export const scopeKey = (s: ClaimScope) =>
  s.kind === 'event' ? `event:${s.userId}:${s.eventId}` : `user:${s.userId}`;
