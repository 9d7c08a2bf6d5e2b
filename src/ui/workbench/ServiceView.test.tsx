// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceView, type OutboxItem } from './ServiceView';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const item = (over: Partial<OutboxItem>): OutboxItem => ({
  channel: 'feed',
  at: '2026-12-07T09:00:00.000Z',
  to: 'Chen Jing',
  title: 'Blocked slot: Kickoff',
  text: 'Monday morning',
  replaced: 0,
  ...over,
});

describe('workbench service view', () => {
  it('lists what the service sent and advances its clock by a day', async () => {
    const calls: Array<{ url: string; body?: string }> = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        calls.push({ url, ...(init?.body ? { body: String(init.body) } : {}) });
        const body = url.endsWith('/outbox')
          ? {
              value: [
                item({}),
                item({
                  channel: 'mail',
                  to: 'zhang.wei@contoso.com',
                  title: 'Update your 2 open action items',
                }),
              ],
            }
          : { now: '2026-12-07T09:00:00.000Z', advancing: false };
        return new Response(JSON.stringify(body), { status: 200 });
      }),
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <ServiceView lang="en-US" base="/x" />
      </FluentProvider>,
    );
    await waitFor(() => expect(screen.getByText('Blocked slot: Kickoff')).toBeTruthy());
    expect(screen.getByText('Update your 2 open action items')).toBeTruthy();
    expect(screen.getByText('Mail')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Advance 1 day' }));
    await waitFor(() =>
      expect(calls.some((c) => c.body === JSON.stringify({ advanceMs: 86_400_000 }))).toBe(true),
    );
    expect(calls.find((c) => c.body)?.url).toBe('/x/service/clock');
  });

  it('says when the emulator does not answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 502 })),
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <ServiceView lang="zh-CN" base="/x" />
      </FluentProvider>,
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('模拟器无响应'));
  });
});
