import { describe, expect, it } from 'vitest';
import type { ItemKind } from './AgendaItem';
import { classifyItem } from './classifyItem';

describe('classifyItem', () => {
  it.each<[string, ItemKind]>([
    ['休息', 'break'],
    ['中场休息', 'break'],
    ['茶歇', 'break'],
    ['Break', 'break'],
    ['Coffee break', 'break'],
    ['决策与分工', 'decide'],
    ['决定上线日期', 'decide'],
    ['行动项确认', 'decide'],
    ['Decide the launch date', 'decide'],
    ['Decision on vendor', 'decide'],
    ['Approve budget', 'decide'],
    ['Action items', 'decide'],
    ['同步进展', 'info'],
    ['项目汇报', 'info'],
    ['背景介绍', 'info'],
    ['现状', 'info'],
    ['Status update', 'info'],
    ['Quarterly report', 'info'],
    ['Briefing', 'info'],
    ['需求对齐', 'discuss'],
    ['资源评估', 'discuss'],
    ['总结', 'discuss'],
    ['Breakdown of costs', 'discuss'],
    ['Open discussion', 'discuss'],
  ])('%s → %s', (title, kind) => {
    expect(classifyItem(title)).toBe(kind);
  });
});
