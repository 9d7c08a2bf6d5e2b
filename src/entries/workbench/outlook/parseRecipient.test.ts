import { describe, expect, it } from 'vitest';
import { parseRecipient } from './parseRecipient';

describe('parseRecipient', () => {
  it.each([
    ['li.wei@contoso.com', { email: 'li.wei@contoso.com' }],
    ['  li.wei@contoso.com  ', { email: 'li.wei@contoso.com' }],
    ['Li Wei <li.wei@contoso.com>', { name: 'Li Wei', email: 'li.wei@contoso.com' }],
    ['李伟 < li.wei@contoso.com >', { name: '李伟', email: 'li.wei@contoso.com' }],
    ['"Wei, Li" <li.wei@contoso.com>', { name: '"Wei, Li"', email: 'li.wei@contoso.com' }],
    ['<room-7@contoso.com>', { email: 'room-7@contoso.com' }],
  ])('%s', (text, expected) => {
    expect(parseRecipient(text)).toEqual(expected);
  });

  it.each(['', 'Li Wei', 'li wei@contoso.com', 'Li <wei>', 'a@b <c>', 'Li <li@contoso.com', '@contoso.com'])(
    'rejects %j',
    (text) => {
      expect(parseRecipient(text)).toBeNull();
    },
  );
});
