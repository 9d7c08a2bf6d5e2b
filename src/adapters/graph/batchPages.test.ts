import { describe, expect, it } from 'vitest';
import { relativeToVersion } from './batchPages';

describe('relativeToVersion', () => {
  it.each([
    [
      'https://graph.microsoft.com/v1.0/planner/plans/x/tasks?$skiptoken=400',
      '/planner/plans/x/tasks?$skiptoken=400',
    ],
    // The service's own host behind a proxy (the e2e serves Graph at /graph): the link still resolves on the client's base.
    [
      'http://127.0.0.1:4321/v1.0/me/calendarView/delta?$deltatoken=abc',
      '/me/calendarView/delta?$deltatoken=abc',
    ],
    ['https://graph.microsoft.com/beta/me', '/me'],
    ['/v1.0/me/events', '/me/events'],
    ['/me/events?$top=5', '/me/events?$top=5'],
  ])('%s', (link, want) => expect(relativeToVersion(link)).toBe(want));
});
