import { describe, expect, it } from 'vitest';
import type { ItemStatus } from './SyncTypes';
import { describeItemStatus, describeProgress } from './describeItemStatus';

const base: ItemStatus = { key: 'k', meetingId: 'm', content: 'Send', owner: 'Ann', state: 'queued', attempts: 0 };

describe('describeItemStatus', () => {
  it.each<[string, Partial<ItemStatus>, string, RegExp | undefined]>([
    ['queued', {}, 'Waiting to sync', undefined],
    ['unknown owner', { state: 'needs-attention', lastError: { kind: 'not-found', code: 'unknown-owner', detail: 'x@y.z' } }, 'Needs your attention', /x@y\.z/],
    ['limit', { state: 'needs-attention', lastError: { kind: 'limit-exceeded', code: 'MaximumChecklistItemsOnTask' } }, 'Needs your attention', /MaximumChecklistItemsOnTask/],
    ['retrying', { state: 'creating', attempts: 1, lastError: { kind: 'throttled', retryAfterMs: 5000 } }, 'Creating the task', /throttled/],
    ['gave up', { state: 'failed', attempts: 6, lastError: { kind: 'offline' } }, 'Not synced', /6 attempts/],
    ['sign-in', { state: 'creating', lastError: { kind: 'unauthorized' } }, 'Creating the task', /Sign in/],
    ['storage', { state: 'queued', lastError: { kind: 'unknown', code: 'storage:QuotaExceededError' } }, 'Waiting to sync', /could not be saved/],
    ['fallback', { state: 'synced', destination: 'todo', fallbackReason: { kind: 'forbidden' } }, 'Synced to To Do', /Ann's To Do/],
  ])('%s', (_n, patch, label, reason) => {
    const d = describeItemStatus({ ...base, ...patch }, 'en-US');
    expect(d.label).toBe(label);
    if (reason) expect(d.reason).toMatch(reason);
    else expect(d.reason).toBeUndefined();
  });

  it('speaks Chinese too', () => {
    expect(describeItemStatus({ ...base, state: 'synced', destination: 'todo', fallbackReason: { kind: 'forbidden' } }, 'zh-CN')).toEqual({
      label: '已同步到 To Do',
      reason: '无权访问会议的 Planner 计划，任务已改为添加到 Ann 的 To Do 列表。',
    });
    expect(describeProgress({ total: 3, synced: 1, failed: 1, needsAttention: 0, inFlight: 1, queued: 0, items: [] }, 'zh-CN')).toBe('已同步 1/3 · 未同步 1 · 进行中 1');
  });
});
