import type { AppError } from '../errors/AppError';
import type { ClaimStorePort, NotifierPort } from '../ports/ServicePorts';
import { chainIdOf, type Claim, type ClaimDoc, type ServiceIntent } from './ServiceIntent';
import type { WatchedPerson } from './ServiceModel';

export type ExecOutcome =
  /** Sent now (and recorded). */
  | { kind: 'sent'; channel: 'feed' | 'mail' }
  /** Someone (an earlier run or another instance) already sent it. */
  | { kind: 'already' }
  /** Another live instance holds the claim: its lease decides. */
  | { kind: 'held' }
  | { kind: 'outside-window' }
  /** Graph failed; the claim (if taken) stays pending and a later tick finishes the job. */
  | { kind: 'retry'; error: AppError };

export interface ExecDeps {
  claims: ClaimStorePort;
  notifier: NotifierPort;
  instanceId: string;
  now: () => Date;
  leaseMs: number;
  mailFromId: string;
  person: (id: string) => WatchedPerson | undefined;
}

/** How long a done claim is kept after its window closed (a late retry must still find it). */
const KEEP_DONE_MS = 7 * 86_400_000;
const MAX_CAS = 4;

const isCasLoss = (e: AppError) => e.kind === 'precondition-failed' || e.kind === 'conflict';

function pruned(claims: ClaimDoc['claims'], now: number): ClaimDoc['claims'] {
  const out: ClaimDoc['claims'] = {};
  for (const [k, c] of Object.entries(claims)) if (c.end + KEEP_DONE_MS > now) out[k] = c;
  return out;
}

/** Compare-and-set one claim: re-read on 412/409 (another writer), give up after a few rounds. */
async function casClaim(
  deps: ExecDeps,
  intent: ServiceIntent,
  decide: (current: Claim | undefined) => Claim | 'stop' | { stop: ExecOutcome },
): Promise<{ ok: true; previous: Claim | undefined } | { ok: false; outcome: ExecOutcome }> {
  for (let round = 0; round < MAX_CAS; round++) {
    const doc = await deps.claims.read(intent.scope);
    if (!doc.ok) return { ok: false, outcome: { kind: 'retry', error: doc.error } };
    const current = doc.value.claims[intent.key];
    const next = decide(current);
    if (next === 'stop') return { ok: true, previous: current };
    if ('stop' in next) return { ok: false, outcome: next.stop };
    const claims = { ...pruned(doc.value.claims, deps.now().getTime()), [intent.key]: next };
    const wrote = await deps.claims.write(intent.scope, claims, doc.value.etag);
    if (wrote.ok) return { ok: true, previous: current };
    if (!isCasLoss(wrote.error)) return { ok: false, outcome: { kind: 'retry', error: wrote.error } };
  }
  return { ok: false, outcome: { kind: 'retry', error: { kind: 'conflict', detail: 'claim contended' } } };
}

async function deliver(
  deps: ExecDeps,
  intent: ServiceIntent,
  maybeSent: boolean,
): Promise<{ ok: true; channel: 'feed' | 'mail' } | { ok: false; error: AppError }> {
  const person = deps.person(intent.recipientId);
  if (person?.teams !== false) {
    const sent = await deps.notifier.sendActivity({
      key: intent.key,
      recipientId: intent.recipientId,
      activityType: intent.kind === 'audit' ? 'inviteFindings' : 'followupReminder',
      previewText: intent.title,
      webUrl: intent.link,
      templateParameters: { title: intent.title, text: intent.text },
      chainId: chainIdOf(intent.key),
    });
    if (sent.ok) return { ok: true, channel: 'feed' };
    // 403/404: the app is not installed for them (a definite no) → mail. Anything else may be retried.
    if (sent.error.kind !== 'forbidden' && sent.error.kind !== 'not-found') return sent;
  }
  if (!person?.mail)
    return { ok: false, error: { kind: 'not-found', detail: `no address for ${intent.recipientId}` } };
  if (maybeSent) {
    const seen = await deps.notifier.mailSent(deps.mailFromId, intent.key);
    if (!seen.ok) return seen;
    if (seen.value) return { ok: true, channel: 'mail' };
  }
  const mailed = await deps.notifier.sendMail({
    fromId: deps.mailFromId,
    toAddress: person.mail,
    subject: intent.title,
    text: `${intent.text}\n\n${intent.link}`,
    intentKey: intent.key,
  });
  return mailed.ok ? { ok: true, channel: 'mail' } : mailed;
}

/**
 * Exactly once, with state only in Graph: claim the key (pending, with a lease) by an ETag-guarded write,
 * send, then mark it done. A crash before the claim loses nothing (the next tick computes the same key);
 * a crash after the claim leaves it pending until its lease ends, then whoever comes next resends
 * idempotently (the feed's chainId replaces, a mail is looked up in Sent Items first); a done claim is
 * never sent again; two instances cannot both hold one lease.
 */
export async function executeIntent(deps: ExecDeps, intent: ServiceIntent): Promise<ExecOutcome> {
  const start = deps.now().getTime();
  const end = Date.parse(intent.window.end);
  if (start < Date.parse(intent.window.start) || start >= end) return { kind: 'outside-window' };
  const claimed = await casClaim(deps, intent, (c) => {
    if (c?.s === 'd') return { stop: { kind: 'already' } };
    if (c?.s === 'p' && c.by !== deps.instanceId && c.until > deps.now().getTime())
      return { stop: { kind: 'held' } };
    return { s: 'p', by: deps.instanceId, until: deps.now().getTime() + deps.leaseMs, end };
  });
  if (!claimed.ok) return claimed.outcome;
  // A pending claim found here means an earlier attempt may have sent: deliver idempotently.
  const maybeSent = claimed.previous?.s === 'p';
  // The lease must still be ours when we send, or another instance may be sending right now.
  if (deps.now().getTime() >= start + deps.leaseMs || deps.now().getTime() >= end)
    return { kind: 'retry', error: { kind: 'timeout', detail: 'lease ran out before sending' } };
  const sent = await deliver(deps, intent, maybeSent);
  if (!sent.ok) {
    // An ambiguous failure leaves the claim pending (lease) so the next attempt checks before resending.
    return { kind: 'retry', error: sent.error };
  }
  // If this never lands the claim stays pending and a later resend is idempotent; it was sent all the same.
  for (let i = 0; i < MAX_CAS; i++) {
    const done = await casClaim(deps, intent, (c) =>
      c?.s === 'd' ? 'stop' : { s: 'd', by: deps.instanceId, until: 0, end },
    );
    if (done.ok) break;
  }
  return { kind: 'sent', channel: sent.channel };
}
