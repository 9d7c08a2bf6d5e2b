import type { AppError } from '../../../core/errors/AppError';
import { acceptanceFor, DECLINED_CATEGORY, parseAcceptance } from '../../../core/followup/acceptance';
import { toLang } from '../../../core/model/Lang';
import type { Result } from '../../../core/model/Result';
import type {
  ActivityNote,
  DeltaPage,
  DeltaRequest,
  ServiceMail,
  ServicePorts,
} from '../../../core/ports/ServicePorts';
import type { ClaimDoc, ClaimScope } from '../../../core/service/ServiceIntent';
import type { ServiceEvent, ServiceTask, WatchedPerson } from '../../../core/service/ServiceModel';
import { resolveZone } from '../../../core/time/resolveZone';
import type { GraphClient } from '../createGraphClient';
import { batchPages, followPages, relativeToVersion } from '../batchPages';
import { EXPAND_MEETING_RECORD } from '../GraphCalendar';
import { graphBatch } from '../graphBatch';
import { toServiceEvent, toServiceTask } from './serviceJson';

type Json = Record<string, unknown>;
const enc = encodeURIComponent;
/** The service's claims: one open extension per event (organizer's mailbox) or per user object. */
export const CLAIMS_EXTENSION = 'com.meetingguard.service';
/** A named MAPI string property on sent mail: the intent key, so a resend can look for it first. */
export const INTENT_PROPERTY = 'String {8d3f1c52-5a0b-4c1e-9f7a-2b6e4d9c1a03} Name MeetingGuardIntent';
const PREFER = 'outlook.timezone="UTC", odata.maxpagesize=100';
const SETTINGS_TTL_MS = 24 * 3_600_000;

const failure = (error: AppError): Result<never, AppError> => ({ ok: false, error });

function claimPath(s: ClaimScope): string {
  return s.kind === 'event'
    ? `/users/${enc(s.userId)}/events/${enc(s.eventId)}/extensions`
    : `/users/${enc(s.userId)}/extensions`;
}

function parseClaims(raw: unknown): ClaimDoc['claims'] {
  if (typeof raw !== 'string') return {};
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' ? (v as ClaimDoc['claims']) : {};
  } catch {
    return {};
  }
}

/** The follow-up service's ports over app-only Graph (`/users/{id}/…`, never `/me`). */
export function createGraphServicePorts(graph: GraphClient, now: () => number = Date.now): ServicePorts {
  const settings = new Map<string, { at: number; timeZone: string; lang: WatchedPerson['lang'] }>();

  async function mailboxSettings(ids: readonly string[]): Promise<void> {
    const stale = ids.filter((id) => (settings.get(id)?.at ?? -Infinity) + SETTINGS_TTL_MS < now());
    const results = await graphBatch(
      graph,
      stale.map((id, i) => ({
        id: String(i + 1),
        method: 'GET',
        url: `/users/${enc(id)}/mailboxSettings?$select=timeZone,language`,
      })),
    );
    results.forEach((r, i) => {
      if (!r.ok) return;
      const b = (r.body ?? {}) as Json;
      const locale = (b.language as Json | undefined)?.locale;
      settings.set(stale[i]!, {
        at: now(),
        timeZone: resolveZone(String(b.timeZone ?? '')) ?? 'UTC',
        lang: toLang(typeof locale === 'string' ? locale : undefined),
      });
    });
  }

  return {
    members: {
      async listMembers(groupId) {
        const listed = await followPages(
          graph,
          `/groups/${enc(groupId)}/members?$select=id,displayName,mail,preferredLanguage&$top=999`,
        );
        if (!listed.ok) return listed;
        const users = listed.value.items.filter(
          (u) =>
            typeof u.id === 'string' &&
            (u['@odata.type'] === undefined || u['@odata.type'] === '#microsoft.graph.user'),
        );
        await mailboxSettings(users.map((u) => u.id as string));
        return {
          ok: true,
          value: users.map((u) => {
            const s = settings.get(u.id as string);
            return {
              id: u.id as string,
              mail: String(u.mail ?? ''),
              displayName: String(u.displayName ?? ''),
              timeZone: s?.timeZone ?? 'UTC',
              lang: s?.lang ?? toLang(String(u.preferredLanguage ?? '')),
            };
          }),
        };
      },
    },
    calendar: {
      async delta(requests: readonly DeltaRequest[]): Promise<Result<DeltaPage, AppError>[]> {
        const urls = requests.map(
          (r) =>
            r.token ??
            `/users/${enc(r.userId)}/calendarView/delta?startDateTime=${enc(r.window.start)}&endDateTime=${enc(r.window.end)}`,
        );
        const pages = await batchPages(graph, urls, { Prefer: PREFER });
        return pages.map((p, i) => {
          const userId = requests[i]!.userId;
          if (!p.ok) return failure(p.error);
          const link = p.last['@odata.deltaLink'];
          if (typeof link !== 'string')
            return failure({ kind: 'server', detail: 'delta round ended without a deltaLink' });
          const events = p.items
            .map((e) => toServiceEvent(e, userId))
            .filter((e): e is ServiceEvent => e !== null);
          return { ok: true, value: { userId, events, token: relativeToVersion(link) } };
        });
      },
      async calendarViews(userIds, w) {
        const urls = userIds.map(
          (id) =>
            `/users/${enc(id)}/calendarView?startDateTime=${enc(w.start)}&endDateTime=${enc(w.end)}&$top=100&${EXPAND_MEETING_RECORD}`,
        );
        const pages = await batchPages(graph, urls, { Prefer: 'outlook.timezone="UTC"' });
        return pages.map((p, i) =>
          p.ok
            ? {
                ok: true,
                value: p.items
                  .map((e) => toServiceEvent(e, userIds[i]!))
                  .filter((e): e is ServiceEvent => e !== null),
              }
            : failure(p.error),
        );
      },
    },
    tasks: {
      async listTasks(groupId) {
        const plans = await followPages(graph, `/groups/${enc(groupId)}/planner/plans`);
        if (!plans.ok) return plans;
        const lists = await batchPages(
          graph,
          plans.value.items.map((p) => `/planner/plans/${enc(String(p.id))}/tasks`),
        );
        const tasks: ServiceTask[] = [];
        const declined: ServiceTask[] = [];
        for (const l of lists) {
          if (!l.ok) return failure(l.error);
          for (const raw of l.items) {
            const t = toServiceTask(raw);
            if (!t) continue;
            tasks.push(t);
            if ((raw.appliedCategories as Json | undefined)?.[DECLINED_CATEGORY] === true) declined.push(t);
          }
        }
        // Only labelled tasks cost a details read (the reason lives in the description marker).
        const details = await graphBatch(
          graph,
          declined.map((t, i) => ({
            id: String(i + 1),
            method: 'GET',
            url: `/planner/tasks/${enc(t.id)}/details`,
          })),
        );
        details.forEach((d, i) => {
          if (!d.ok) return;
          const t = declined[i]!;
          const view = acceptanceFor(
            parseAcceptance(String(((d.body ?? {}) as Json).description ?? '')),
            t.assigneeIds,
          );
          if (view.state === 'declined')
            t.declined = { by: view.by, at: view.at, ...(view.reason ? { reason: view.reason } : {}) };
        });
        return { ok: true, value: tasks };
      },
    },
    notifier: {
      async sendActivity(n: ActivityNote) {
        const r = await graph.post<unknown>(
          `/users/${enc(n.recipientId)}/teamwork/sendActivityNotification`,
          {
            topic: { source: 'text', value: n.previewText, webUrl: n.webUrl },
            activityType: n.activityType,
            previewText: { content: n.previewText.slice(0, 150) },
            templateParameters: Object.entries(n.templateParameters).map(([name, value]) => ({
              name,
              value,
            })),
            chainId: n.chainId,
          },
        );
        return r.ok ? { ok: true, value: undefined } : r;
      },
      async sendMail(m: ServiceMail) {
        const r = await graph.post<unknown>(`/users/${enc(m.fromId)}/sendMail`, {
          message: {
            subject: m.subject,
            body: { contentType: 'text', content: m.text },
            toRecipients: [{ emailAddress: { address: m.toAddress } }],
            singleValueExtendedProperties: [{ id: INTENT_PROPERTY, value: m.intentKey }],
          },
          saveToSentItems: true,
        });
        return r.ok ? { ok: true, value: undefined } : r;
      },
      async mailSent(fromId, key) {
        const q = (s: string) => s.replace(/'/g, "''");
        const filter = `singleValueExtendedProperties/any(ep: ep/id eq '${q(INTENT_PROPERTY)}' and ep/value eq '${q(key)}')`;
        const r = await graph.get<Json>(
          `/users/${enc(fromId)}/mailFolders/sentitems/messages?$filter=${enc(filter)}&$select=id&$top=1`,
        );
        return r.ok ? { ok: true, value: Array.isArray(r.value.value) && r.value.value.length > 0 } : r;
      },
    },
    claims: {
      async read(scope) {
        const r = await graph.get<Json>(`${claimPath(scope)}/${CLAIMS_EXTENSION}`);
        if (!r.ok)
          return r.error.kind === 'not-found' && scope.kind === 'user'
            ? { ok: true, value: { etag: null, claims: {} } }
            : notFoundAsEmpty(r.error);
        return {
          ok: true,
          value: { etag: String(r.value['@odata.etag'] ?? ''), claims: parseClaims(r.value.claims) },
        };
      },
      async write(scope, claims, etag) {
        const body = { claims: JSON.stringify(claims) };
        const r =
          etag === null
            ? await graph.post<Json>(claimPath(scope), {
                '@odata.type': 'microsoft.graph.openTypeExtension',
                extensionName: CLAIMS_EXTENSION,
                ...body,
              })
            : await graph.patch<Json>(
                `${claimPath(scope)}/${CLAIMS_EXTENSION}`,
                { '@odata.type': 'microsoft.graph.openTypeExtension', ...body },
                { headers: { 'If-Match': etag } },
              );
        // A PATCH may answer 204 without the new ETag: an empty one makes the next write re-read first.
        return r.ok
          ? { ok: true, value: { etag: String((r.value as Json | undefined)?.['@odata.etag'] ?? '') } }
          : r;
      },
    },
  };
}

/**
 * Outlook answers 404 both for "no such extension" and "no such event"; the extension read names the
 * extension, so a 404 here is read as "no claims yet" (a missing event then fails the POST with 404).
 */
function notFoundAsEmpty(error: AppError): Result<ClaimDoc, AppError> {
  return error.kind === 'not-found' ? { ok: true, value: { etag: null, claims: {} } } : failure(error);
}
