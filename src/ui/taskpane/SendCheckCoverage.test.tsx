// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../core/model/Lang';
import type { PaneServices } from '../shared/PaneServices';
import { ServicesProvider } from '../shared/ServicesContext';
import { SendCheckCoverage } from './SendCheckCoverage';

afterEach(cleanup);

const show = (lang: Lang) =>
  render(
    <ServicesProvider services={{ lang } as PaneServices}>
      <SendCheckCoverage />
    </ServicesProvider>,
  );

describe('send check coverage note', () => {
  it.each([
    [
      'en-US',
      'When does the send check run?',
      /New Event/,
      /selecting a time directly in the calendar/,
      /admin deployed/,
    ],
    ['zh-CN', '发送检查何时运行？', /新建事件/, /直接在日历中选择时间/, /管理员部署/],
  ] as const)(
    '%s: collapsed under its question, it names where the check runs and where not',
    (lang, title, runs, skips, deploy) => {
      show(lang);
      const details = screen.getByTestId('send-check-coverage') as HTMLDetailsElement;
      expect(details.open).toBe(false);
      expect(screen.getByText(title).tagName).toBe('SUMMARY');
      const text = details.textContent ?? '';
      for (const part of [runs, skips, deploy, /2206/, /16\.65/, /iOS/]) expect(text).toMatch(part);
    },
  );
});
