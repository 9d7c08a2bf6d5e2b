import { describe, expect, it } from 'vitest';
import { createFakeOfficeHost } from '../fakes/office/createFakeOfficeHost';
import { emptyAppointment } from '../fakes/office/FakeAppointment';
import { officeHostUser } from './officeHostUser';

const appointment = () => ({
  ...emptyAppointment(),
  organizer: { email: 'sales@contoso.com', name: 'Sales' },
});

describe('officeHostUser', () => {
  it("takes Outlook's signed-in UPN from getAuthContext, not the mailbox address", async () => {
    const host = createFakeOfficeHost(appointment(), { userPrincipalName: 'megan@contoso.onmicrosoft.com' });
    expect(host.office.context.mailbox?.userProfile?.emailAddress).toBe('sales@contoso.com');
    expect(await officeHostUser(host.office)).toEqual({
      loginHint: 'megan@contoso.onmicrosoft.com',
      username: 'megan@contoso.onmicrosoft.com',
    });
  });

  it('gives no hint (never the mailbox address) when the host lacks NestedAppAuth 1.1', async () => {
    const host = createFakeOfficeHost(appointment(), { nestedAppAuth: false });
    expect(host.office.context.requirements.isSetSupported('NestedAppAuth', '1.1')).toBe(false);
    await expect(host.office.auth.getAuthContext()).rejects.toThrow(/NestedAppAuth/);
    expect(await officeHostUser(host.office)).toEqual({});
  });
});
