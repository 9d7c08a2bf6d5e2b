import { describe, expect, it } from 'vitest';
import { myAddress } from './myAddress';

const GUEST_UPN = 'anna_fabrikam.com#EXT#@contoso.onmicrosoft.com';

describe('myAddress: who I am in the invite', () => {
  it("is the directory's mail, not the Teams UPN, when Graph tells it", () => {
    expect(
      myAddress({ id: 'g', mail: 'Anna@Fabrikam.com', userPrincipalName: GUEST_UPN }, { upn: GUEST_UPN }),
    ).toBe('anna@fabrikam.com');
    const member = {
      id: 'm',
      mail: 'wei.li@contoso.com',
      userPrincipalName: 'li.wei@contoso.onmicrosoft.com',
    };
    expect(myAddress(member, { upn: 'li.wei@contoso.onmicrosoft.com' })).toBe('wei.li@contoso.com');
    expect(myAddress(member, { queryUser: 'li.wei@contoso.onmicrosoft.com' })).toBe('wei.li@contoso.com');
  });

  it('never takes a guest UPN for an address', () => {
    expect(myAddress(undefined, { upn: GUEST_UPN })).toBe('');
    expect(myAddress({ id: 'g', mail: null, userPrincipalName: GUEST_UPN }, { upn: GUEST_UPN })).toBe('');
  });

  it('without a directory answer, falls back to the sign-in name (the usual mail = UPN case)', () => {
    expect(myAddress(undefined, { upn: 'Chen.Jing@contoso.com' })).toBe('chen.jing@contoso.com');
    expect(myAddress(undefined, { queryUser: 'emily.carter@contoso.com', upn: 'x@contoso.com' })).toBe(
      'emily.carter@contoso.com',
    );
    expect(myAddress(undefined, {})).toBe('');
  });
});
