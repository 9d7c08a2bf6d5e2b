import { describe, expect, it } from 'vitest';
import { toAppError } from './toAppError';

describe('toAppError', () => {
  const cases: Array<[string, unknown, string]> = [
    ['permission by name', { name: 'PermissionDenied', message: 'no', code: 7000 }, 'forbidden'],
    ['unsupported by code only', { name: '', message: '', code: 5000 }, 'unsupported'],
    ['network', { name: 'NetworkError', message: 'x', code: 9041 }, 'offline'],
    [
      'info bar limit',
      { name: 'NumberOfNotificationMessagesExceeded', message: 'x', code: 9012 },
      'limit-exceeded',
    ],
    ['missing key', { name: 'KeyNotFound', message: 'x', code: 9051 }, 'not-found'],
    [
      'argument error thrown as Error',
      Object.assign(new Error('long'), { name: 'ArgumentOutOfRange' }),
      'bad-request',
    ],
    ['unknown name falls back', { name: 'Weird', message: 'x', code: 1 }, 'item-unavailable'],
    ['undefined', undefined, 'item-unavailable'],
    ['a string', 'boom', 'item-unavailable'],
  ];
  it.each(cases)('%s', (_n, input, kind) => {
    expect(toAppError(input).kind).toBe(kind);
  });

  it('keeps the code and a developer detail, never the raw object', () => {
    const e = toAppError({ name: 'PermissionDenied', message: 'Nope', code: 7000 });
    expect(e).toEqual({ kind: 'forbidden', detail: 'PermissionDenied: Nope', code: 7000 });
  });
});
