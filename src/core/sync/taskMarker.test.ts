import { describe, expect, it } from 'vitest';
import { markerFor, markerInTitle, stableGuid, taskTitle } from './taskMarker';

describe('taskMarker', () => {
  it.each([
    ['m1/item-1', 'Send the budget', 'Send the budget'],
    ['evt-AAMk/0', '  two\nlines\tand   spaces ', 'two lines and spaces'],
    ['中文键', '提交预算', '提交预算'],
  ])('title for %s ends with a marker the listing can recover', (key, content, text) => {
    const title = taskTitle(content, key);
    expect(title).toBe(`${text} [${markerFor(key)}]`);
    expect(markerInTitle(title)).toBe(markerFor(key));
    expect(markerFor(key)).toMatch(/^MG-[0-9a-hjkmnp-tv-z]{8}$/);
  });

  it('caps long content at 200 characters and keeps the marker', () => {
    const title = taskTitle('x'.repeat(500), 'k');
    expect(title.length).toBe(200 + ` [${markerFor('k')}]`.length);
    expect(markerInTitle(title)).toBe(markerFor('k'));
  });

  it.each(['Plain title', 'Edited [MG-12345678] in the middle', 'Wrong alphabet [MG-ILOU1234]', '[MG-short]'])('finds no marker in %j', (title) => {
    expect(markerInTitle(title)).toBeUndefined();
  });

  it('gives distinct markers to 10,000 keys of one meeting', () => {
    const markers = new Set(Array.from({ length: 10_000 }, (_, i) => markerFor(`meeting-42/${i}`)));
    expect(markers.size).toBe(10_000);
  });

  it('derives stable, distinct, GUID-shaped checklist ids', () => {
    const ids = Array.from({ length: 20 }, (_, i) => stableGuid('m1/item-1', i));
    expect(new Set(ids).size).toBe(20);
    expect(stableGuid('m1/item-1', 3)).toBe(ids[3]);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
