import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeReferenceKey, detailsPatchBody, encodeReferenceKey, newTaskBody, toPlannerDetails, toPlannerTask } from './plannerJson';

describe('plannerJson', () => {
  it('encodes reference keys the way Planner wants them', () => {
    expect(encodeReferenceKey('https://contoso.sharepoint.com/a b/x.docx#p@q')).toBe('https%3A//contoso%2Esharepoint%2Ecom/a b/x%2Edocx%23p%40q');
  });
  it('property: reference keys round-trip', () => {
    fc.assert(fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (url) => decodeReferenceKey(encodeReferenceKey(url)) === url));
  });
  it('writes assignments and typed open values', () => {
    expect(newTaskBody({ planId: 'p', bucketId: 'b', title: 't', assigneeIds: ['u1'] })).toEqual({
      planId: 'p',
      bucketId: 'b',
      title: 't',
      assignments: { u1: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
    });
    const body = detailsPatchBody({ checklist: { g1: { title: 'x', isChecked: false }, g2: null }, references: { 'https://a.b/c': { alias: 'A' } } });
    expect(body).toEqual({
      checklist: { g1: { '@odata.type': 'microsoft.graph.plannerChecklistItem', title: 'x', isChecked: false }, g2: null },
      references: { 'https%3A//a%2Eb/c': { '@odata.type': 'microsoft.graph.plannerExternalReference', alias: 'A' } },
    });
  });
  it('reads tasks and details, tolerating junk', () => {
    expect(toPlannerTask({ id: 't', planId: 'p', title: 'x', assignments: { u: {} }, '@odata.etag': 'W/"1"' })).toMatchObject({ id: 't', assigneeIds: ['u'], etag: 'W/"1"', percentComplete: 0 });
    expect(toPlannerTask({ title: 'no id' })).toBeNull();
    expect(toPlannerTask(null)).toBeNull();
    const d = toPlannerDetails({ id: 't', description: 'd', '@odata.etag': 'W/"2"', references: { 'https%3A//a%2Eb/c': { alias: 'A', type: 'Word' } }, checklist: { g: { title: 'c', isChecked: true } } }, 't');
    expect(d).toEqual({ taskId: 't', description: 'd', etag: 'W/"2"', references: { 'https://a.b/c': { alias: 'A', type: 'Word' } }, checklist: { g: { title: 'c', isChecked: true } } });
    expect(toPlannerDetails(undefined, 't')).toBeNull();
  });
});
