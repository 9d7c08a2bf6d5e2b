import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGraphRouter } from './createGraphRouter';
import type { EmuRequest } from './EmuRequest';
import { EmulatorStore } from './EmulatorStore';
import { executeRequest, type ExecContext } from './executeRequest';
import { FaultInjector } from './FaultInjector';
import { SEED_IDS } from './seed/seedState';

const store = new EmulatorStore({ now: new Date('2026-11-25T08:00:00Z') });
const ctx: ExecContext = { router: createGraphRouter(), store, faults: new FaultInjector(), latencyMs: () => 0, record: () => undefined };
const taskId = store.state.tasks[0]!.id;
const eventId = store.state.events[0]!.id;

function request(method: string, path: string, body: unknown, headers: Record<string, string> = {}): EmuRequest {
  const [p, q] = path.split('?');
  return { method, path: p!, query: new URLSearchParams(q ?? ''), headers, body, user: store.defaultUser(), baseUrl: 'http://emu/v1.0', requestId: 'r', params: {} };
}

// Every write route with its current ETag, so hostile bodies get past If-Match and reach validation.
const writes = (): Array<[string, string, Record<string, string>]> => [
  ['POST', '/planner/tasks', {}],
  ['PATCH', `/planner/tasks/${taskId}`, { 'if-match': store.state.tasks.find((t) => t.id === taskId)!.etag }],
  ['PATCH', `/planner/tasks/${taskId}/details`, { 'if-match': store.state.taskDetails[taskId]!.etag }],
  ['POST', '/planner/buckets', {}],
  ['PATCH', `/me/events/${eventId}`, {}],
  ['POST', `/me/events/${eventId}/extensions`, {}],
  ['POST', '/me/calendar/getSchedule', {}],
  ['POST', '/me/findMeetingTimes', {}],
  ['POST', '/me/sendMail', {}],
  ['POST', `/chats/${store.state.chats[0]!.id}/messages`, {}],
  ['POST', `/me/todo/lists/${store.state.todoLists[0]!.id}/tasks`, {}],
  ['POST', '/me/events', {}],
];

const hostile = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom('title', 'planId', 'bucketId', 'assignments', 'checklist', 'references', 'dueDateTime', 'percentComplete', 'priority', 'start', 'end', 'schedules', 'message', 'body', 'extensionName', 'meetingDuration', 'timeConstraint', 'attendees', 'orderHint'), fc.anything()),
  fc.record({ planId: fc.constant(SEED_IDS.launchPlan), title: fc.string(), assignments: fc.dictionary(fc.string(), fc.anything()) }),
);

describe('hostile request bodies', () => {
  it('never crash a route: answers are 2xx or 4xx in Graph error shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 11 }), hostile, async (i, body) => {
        const [method, path, headers] = writes()[i]!;
        const out = await executeRequest(ctx, request(method, path, body, headers));
        expect(out.response.status).toBeGreaterThanOrEqual(200);
        expect(out.response.status).toBeLessThan(500);
        if (out.response.status >= 400) expect((out.response.body as { error: { code: string } }).error.code).toEqual(expect.any(String));
      }),
      { numRuns: 400 },
    );
  });

  it('odd paths and queries are 4xx, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE'), fc.array(fc.string(), { maxLength: 5 }), fc.string(), async (method, segs, query) => {
        const out = await executeRequest(ctx, request(method, `/${segs.map(encodeURIComponent).join('/')}?${query}`, undefined));
        expect(out.response.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
