import { describe, expect, it } from 'vitest';
import { createTranslator } from '../createTranslator';
import { APP_ERROR_KINDS, errorActionKey, errorMessageKey, errorsCatalog } from './errorsCatalog';

const t = createTranslator(errorsCatalog);

describe('errorsCatalog', () => {
  it.each(APP_ERROR_KINDS)('%s has a message and an action in both languages', (kind) => {
    for (const lang of ['en-US', 'zh-CN'] as const) {
      expect(errorsCatalog[lang][errorMessageKey(kind)]?.trim()).toBeTruthy();
      expect(errorsCatalog[lang][errorActionKey(kind)]?.trim()).toBeTruthy();
      expect(t(lang, errorMessageKey(kind))).not.toBe(errorMessageKey(kind));
    }
  });
  it('zh-CN text is not English copied over', () => {
    for (const kind of APP_ERROR_KINDS)
      expect(errorsCatalog['zh-CN'][errorMessageKey(kind)]).not.toBe(
        errorsCatalog['en-US'][errorMessageKey(kind)],
      );
  });
  it('fills the retry placeholder', () => {
    expect(t('zh-CN', 'retryIn', { seconds: 5 })).toBe('5 秒后重试。');
  });
});
