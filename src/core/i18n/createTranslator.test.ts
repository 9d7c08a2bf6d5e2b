import { describe, expect, it } from 'vitest';
import { defineCatalog } from './Catalog';
import { createTranslator } from './createTranslator';

const t = createTranslator(
  defineCatalog({ hi: 'Hello {name}', n: '{n} items' }, { hi: '你好 {name}', n: '{n} 项' }),
);

describe('createTranslator', () => {
  it.each([
    ['en-US', 'hi', { name: 'Li' }, 'Hello Li'],
    ['zh-CN', 'hi', { name: '李工' }, '你好 李工'],
    ['zh-CN', 'n', { n: 3 }, '3 项'],
    ['en-US', 'hi', {}, 'Hello {name}'],
  ] as const)('%s %s', (lang, key, params, want) => {
    expect(t(lang, key, params)).toBe(want);
  });
  it('does not interpret $ patterns in parameters', () => {
    expect(t('en-US', 'hi', { name: "$& $' $1" })).toBe("Hello $& $' $1");
  });
});
