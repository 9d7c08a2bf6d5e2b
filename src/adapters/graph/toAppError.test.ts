import { describe, expect, it } from 'vitest';
import { GraphError } from '@microsoft/microsoft-graph-client';
import { httpToAppError, parseRetryAfter, toAppError } from './toAppError';
import type { AppErrorKind } from '../../core/errors/AppError';

const NOW = Date.parse('2026-11-25T08:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['1', 1000],
    ['0', 0],
    ['0.249', 249],
    ['120', 120_000],
    ['-5', 0],
    [' 3 ', 3000],
    ['Wed, 25 Nov 2026 08:00:10 GMT', 10_000],
    ['Wed, 25 Nov 2026 07:59:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j → %j ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('httpToAppError', () => {
  const table: Array<[number, string | null, string | null, AppErrorKind, number | undefined]> = [
    [400, 'BadRequest', null, 'bad-request', undefined],
    [400, 'ErrorInvalidIdMalformed', null, 'bad-request', undefined],
    [401, 'InvalidAuthenticationToken', null, 'unauthorized', undefined],
    [401, null, null, 'unauthorized', undefined],
    [403, 'Authorization_RequestDenied', null, 'consent-required', undefined],
    [403, 'accessDenied', null, 'forbidden', undefined],
    [403, 'ErrorAccessDenied', null, 'forbidden', undefined],
    [403, 'MaximumChecklistItemsOnTask', null, 'limit-exceeded', undefined],
    [403, 'MaximumTasksInProject', null, 'limit-exceeded', undefined],
    [404, 'ErrorItemNotFound', null, 'not-found', undefined],
    [404, null, null, 'not-found', undefined],
    [408, null, null, 'timeout', undefined],
    [409, 'Conflict', null, 'conflict', undefined],
    [412, 'PreconditionFailed', null, 'precondition-failed', undefined],
    [413, null, null, 'limit-exceeded', undefined],
    [424, null, null, 'unknown', undefined],
    [429, 'TooManyRequests', '1', 'throttled', 1000],
    [429, null, null, 'throttled', undefined],
    [429, null, 'Wed, 25 Nov 2026 08:00:30 GMT', 'throttled', 30_000],
    [500, 'generalException', null, 'server', undefined],
    [502, null, null, 'server', undefined],
    [503, null, '7', 'server', 7000],
    [503, 'serviceNotAvailable', null, 'server', undefined],
    [503, null, null, 'server', undefined],
    [504, null, '2', 'server', 2000],
    [507, null, null, 'limit-exceeded', undefined],
    [418, null, null, 'unknown', undefined],
  ];
  it.each(table)('%i %s (Retry-After %s) → %s', (status, code, retryAfter, kind, retryAfterMs) => {
    const e = httpToAppError({ status, code, retryAfter }, NOW);
    expect(e.kind).toBe(kind);
    expect(e.retryAfterMs).toBe(retryAfterMs);
    expect(e.code).toBe(code ?? status);
  });

  it('a claims challenge needs interaction, not a blind retry', () => {
    const e = httpToAppError({ status: 401, code: 'InvalidAuthenticationToken', wwwAuthenticate: 'Bearer error="insufficient_claims", claims="eyJ"' });
    expect(e.kind).toBe('interaction-required');
  });
  it('424 says dependency failed in the detail', () => {
    expect(httpToAppError({ status: 424 }).detail).toMatch(/dependency failed/);
  });
});

function graphError(status: number, code: string | null, headers: Record<string, string> = {}): GraphError {
  const g = new GraphError(status, 'boom');
  g.code = code;
  g.headers = new Headers(headers);
  return g;
}

describe('toAppError', () => {
  const cases: Array<[string, unknown, AppErrorKind]> = [
    ['GraphError 429 + Retry-After', graphError(429, 'TooManyRequests', { 'Retry-After': '3' }), 'throttled'],
    ['GraphError 412', graphError(412, 'PreconditionFailed'), 'precondition-failed'],
    ['GraphError 403 limit', graphError(403, 'MaximumAssigneesInTasks'), 'limit-exceeded'],
    ['GraphError 401 claims', graphError(401, null, { 'WWW-Authenticate': 'Bearer error="insufficient_claims"' }), 'interaction-required'],
    ['fetch TypeError (browser)', new TypeError('Failed to fetch'), 'offline'],
    ['fetch TypeError (node)', Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }), 'offline'],
    ['ECONNRESET', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'offline'],
    ['nested ECONNRESET', Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { cause: { code: 'UND_ERR_SOCKET' } }) }), 'offline'],
    ['ETIMEDOUT', Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' }), 'timeout'],
    ['our timeout', new DOMException('timed out', 'TimeoutError'), 'timeout'],
    ['caller abort', new DOMException('aborted', 'AbortError'), 'cancelled'],
    ['carried AppError', Object.assign(new Error('x'), { appError: { kind: 'popup-blocked' } }), 'popup-blocked'],
    ['plain AppError', { kind: 'offline' }, 'offline'],
    ['bad JSON', new SyntaxError('Unexpected token <'), 'server'],
    ['a string', 'weird', 'unknown'],
    ['null', null, 'unknown'],
    ['GraphError -1 wrapping a TypeError', Object.assign(new GraphError(-1, 'Failed to fetch'), { code: 'TypeError' }), 'unknown'],
  ];
  it.each(cases)('%s', (_label, thrown, kind) => {
    expect(toAppError(thrown, NOW).kind).toBe(kind);
  });
  it('keeps retryAfterMs from a GraphError', () => {
    expect(toAppError(graphError(429, null, { 'retry-after': '3' }), NOW).retryAfterMs).toBe(3000);
  });
});
