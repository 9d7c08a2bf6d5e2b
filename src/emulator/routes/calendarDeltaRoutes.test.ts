import { describe, expect, it } from 'vitest';
import { call } from '../emuTestClient';
import { emulatorForFile } from '../emulatorForFile';

const emu = emulatorForFile({ reset: true });

const WINDOW = `startDateTime=${encodeURIComponent('2020-01-01T00:00:00Z')}&endDateTime=${encodeURIComponent('2030-01-01T00:00:00Z')}`;
const relative = (link: string) => link.slice(link.indexOf('/v1.0') + 5);

async function fullRound(pageSize: number) {
  const ids: string[] = [];
  let r = await call(emu(), 'GET', `/me/calendarView/delta?${WINDOW}`, {
    headers: { prefer: `odata.maxpagesize=${pageSize}` },
  });
  for (;;) {
    expect(r.status).toBe(200);
    ids.push(...(r.body.value as Array<{ id: string }>).map((e) => e.id));
    if (r.body['@odata.deltaLink'])
      return { ids, deltaLink: relative(r.body['@odata.deltaLink'] as string), last: r };
    r = await call(emu(), 'GET', relative(r.body['@odata.nextLink'] as string), {
      headers: { prefer: `odata.maxpagesize=${pageSize}` },
    });
  }
}

describe('GET /me/calendarView/delta', () => {
  it('pages a full round with Prefer: odata.maxpagesize, then reports only changes and removals', async () => {
    const { ids, deltaLink, last } = await fullRound(2);
    const visible = (await call(emu(), 'GET', `/me/calendarView?${WINDOW}&$top=999`)).body.value as Array<{
      id: string;
    }>;
    expect(ids.sort()).toEqual(visible.map((e) => e.id).sort());
    expect(last.headers.get('preference-applied')).toBe('odata.maxpagesize=2');

    const quiet = await call(emu(), 'GET', deltaLink);
    expect(quiet.body.value).toEqual([]);
    const next = relative(quiet.body['@odata.deltaLink'] as string);

    const [changed, removed] = visible;
    await call(emu(), 'PATCH', `/me/events/${encodeURIComponent(changed!.id)}`, {
      body: { subject: 'Moved' },
    });
    await call(emu(), 'DELETE', `/me/events/${encodeURIComponent(removed!.id)}`);
    const delta = await call(emu(), 'GET', next);
    expect(delta.body.value).toEqual([
      expect.objectContaining({ id: changed!.id, subject: 'Moved' }),
      { id: removed!.id, '@removed': { reason: 'deleted' } },
    ]);
  });

  it('needs the window, refuses $select and an unknown token (410: start over)', async () => {
    expect((await call(emu(), 'GET', '/me/calendarView/delta')).status).toBe(400);
    expect((await call(emu(), 'GET', `/me/calendarView/delta?${WINDOW}&$select=subject`)).status).toBe(400);
    const gone = await call(emu(), 'GET', '/me/calendarView/delta?$deltatoken=nope');
    expect([gone.status, gone.body.error.code]).toEqual([410, 'SyncStateNotFound']);
  });
});

describe('Planner task lists', () => {
  it('page at 400 whatever $top says, and ignore $expand=details on plan lists', async () => {
    const s = emu().store.state;
    const plan = s.plans[0]!;
    const template = s.tasks.find((t) => t.planId === plan.id) ?? s.tasks[0]!;
    for (let i = 0; i < 450; i += 1)
      s.tasks.push({ ...template, id: `bulk${i}`, planId: plan.id, etag: emu().store.nextEtag('Task') });
    for (const t of s.tasks.filter((x) => x.planId === plan.id))
      s.taskDetails[t.id] ??= {
        id: t.id,
        description: '',
        previewType: 'automatic',
        checklist: {},
        references: {},
        etag: 'W/"d"',
      };
    const first = await call(emu(), 'GET', `/planner/plans/${plan.id}/tasks?$top=5&$expand=details`);
    expect(first.body.value).toHaveLength(400);
    expect(first.body.value[0].details).toBeUndefined();
    const rest = await call(emu(), 'GET', relative(first.body['@odata.nextLink'] as string));
    expect(rest.body.value.length).toBe(s.tasks.filter((t) => t.planId === plan.id).length - 400);
    expect(rest.body['@odata.nextLink']).toBeUndefined();
  });
});
