import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../emuTestClient';
import type { Emulator } from '../Emulator';
import { SEED_IDS } from '../seed/seedState';
import { startEmulator } from '../startEmulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emu.close();
});

const item = (title: string) => ({ '@odata.type': 'microsoft.graph.plannerChecklistItem', title, isChecked: false });
const guid = (i: number) => `0b5c1f3e-2a4d-4c6e-8f10-${String(i).padStart(12, '0')}`;

async function freshDetails() {
  const t = await call(emu, 'POST', '/planner/tasks', { body: { planId: SEED_IDS.launchPlan, title: '细节测试' } });
  const d = await call(emu, 'GET', `/planner/tasks/${t.body.id}/details`);
  return { task: t.body, details: d.body, path: `/planner/tasks/${t.body.id}/details` };
}

describe('task details', () => {
  it('have their own ETag: the task ETag gives 412, the details ETag works', async () => {
    const { task, details, path } = await freshDetails();
    expect(details['@odata.etag']).not.toBe(task['@odata.etag']);
    expect((await call(emu, 'PATCH', path, { body: { description: 'x' }, headers: { 'if-match': task['@odata.etag'] } })).status).toBe(412);
    expect((await call(emu, 'PATCH', path, { body: { description: 'x' }, headers: { 'if-match': '*' } })).status).toBe(412);
    expect((await call(emu, 'PATCH', path, { body: { description: 'x' } })).status).toBe(400);
    const ok = await call(emu, 'PATCH', path, { body: { description: '决议:选方案 A' }, headers: { 'if-match': details['@odata.etag'], prefer: 'return=representation' } });
    expect(ok.status).toBe(200);
    expect(ok.body.description).toBe('决议:选方案 A');
    expect(ok.body['@odata.etag']).not.toBe(details['@odata.etag']);
    const taskAfter = await call(emu, 'GET', `/planner/tasks/${task.id}`);
    expect(taskAfter.body.hasDescription).toBe(true);
  });

  it('merge checklist and references as open types: null deletes, partial updates keep the rest', async () => {
    const { details, path } = await freshDetails();
    const ref = encodeURIComponent('https://contoso.sharepoint.com/doc.docx').replace(/\./g, '%2E');
    let r = await call(emu, 'PATCH', path, {
      body: {
        checklist: { [guid(1)]: item('草拟'), [guid(2)]: item('评审') },
        references: { [ref]: { '@odata.type': 'microsoft.graph.plannerExternalReference', alias: 'Pre-read', type: 'Word' } },
      },
      headers: { 'if-match': details['@odata.etag'], prefer: 'return=representation' },
    });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.checklist)).toHaveLength(2);
    expect(r.body.references[ref]).toMatchObject({ alias: 'Pre-read', type: 'Word' });
    r = await call(emu, 'PATCH', path, {
      body: { checklist: { [guid(1)]: { '@odata.type': 'microsoft.graph.plannerChecklistItem', isChecked: true }, [guid(2)]: null } },
      headers: { 'if-match': r.body['@odata.etag'], prefer: 'return=representation' },
    });
    expect(Object.keys(r.body.checklist)).toEqual([guid(1)]);
    expect(r.body.checklist[guid(1)]).toMatchObject({ title: '草拟', isChecked: true });
    expect(r.body.references[ref]).toBeDefined();
    // A GET → PATCH round trip of the same item keeps its order hint.
    const hint = r.body.checklist[guid(1)].orderHint;
    r = await call(emu, 'PATCH', path, {
      body: { checklist: { [guid(1)]: { '@odata.type': 'microsoft.graph.plannerChecklistItem', title: '草拟 v2', orderHint: hint } } },
      headers: { 'if-match': r.body['@odata.etag'], prefer: 'return=representation' },
    });
    expect(r.body.checklist[guid(1)]).toMatchObject({ title: '草拟 v2', orderHint: hint });
  });

  it.each([
    ['unencoded reference URL', { references: { 'https://contoso.com/a.docx': { '@odata.type': 'microsoft.graph.plannerExternalReference' } } }],
    ['checklist item without @odata.type', { checklist: { [guid(9)]: { title: 'x', isChecked: false } } }],
    ['checklist item without title', { checklist: { [guid(9)]: { '@odata.type': 'microsoft.graph.plannerChecklistItem' } } }],
    ['bad previewType', { previewType: 'fancy' }],
  ])('reject %s with 400', async (_name, body) => {
    const { details, path } = await freshDetails();
    expect((await call(emu, 'PATCH', path, { body, headers: { 'if-match': details['@odata.etag'] } })).status).toBe(400);
  });

  it('cap checklist items at 20 with 403 MaximumChecklistItemsOnTask', async () => {
    const { details, path } = await freshDetails();
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [guid(i), item(`#${i}`)]));
    const ok = await call(emu, 'PATCH', path, { body: { checklist: twenty }, headers: { 'if-match': details['@odata.etag'], prefer: 'return=representation' } });
    expect(ok.status).toBe(200);
    const r = await call(emu, 'PATCH', path, { body: { checklist: { [guid(20)]: item('one too many') } }, headers: { 'if-match': ok.body['@odata.etag'] } });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('MaximumChecklistItemsOnTask');
    const task = await call(emu, 'GET', path.replace('/details', ''));
    expect(task.body.checklistItemCount).toBe(20);
  });
});
