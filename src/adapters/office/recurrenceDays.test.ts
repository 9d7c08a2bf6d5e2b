import { describe, expect, it } from 'vitest';
import { recurrenceDays, type RecurrenceLike } from './recurrenceDays';

describe('recurrenceDays', () => {
  const cases: Array<[string, RecurrenceLike | null, string[] | undefined]> = [
    ['no recurrence', null, undefined],
    [
      'daily',
      { recurrenceType: 'daily', recurrenceProperties: { interval: 2 } as never },
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    ],
    [
      'every weekday',
      { recurrenceType: 'weekday' },
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    ],
    [
      'weekly Fri+Mon, out of order',
      { recurrenceType: 'weekly', recurrenceProperties: { days: ['fri', 'mon'] } },
      ['monday', 'friday'],
    ],
    ['weekly with no days', { recurrenceType: 'weekly', recurrenceProperties: { days: [] } }, undefined],
    [
      'relative monthly, 2nd Tuesday',
      { recurrenceType: 'monthly', recurrenceProperties: { dayOfWeek: 'tue' } },
      ['tuesday'],
    ],
    [
      'relative monthly, last weekend day',
      { recurrenceType: 'monthly', recurrenceProperties: { dayOfWeek: 'weekendDay' } },
      ['saturday', 'sunday'],
    ],
    ['absolute monthly', { recurrenceType: 'monthly', recurrenceProperties: {} }, undefined],
    [
      'garbage days',
      { recurrenceType: 'weekly', recurrenceProperties: { days: [3, null, 'xyz', 'sun'] } },
      ['sunday'],
    ],
    ['unknown type', { recurrenceType: 42 }, undefined],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(recurrenceDays(input)).toEqual(expected);
  });
});
