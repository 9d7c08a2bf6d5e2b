// A Live Share host for Node tests whose role service behaves like Teams' (the fake Teams host's
// FakeRoleDirectory): client ids are unknown to everyone until registered, registration answers late
// and in either shape. Container mapping, tokens and time come from Live Share's TestLiveShareHost.
import {
  TestLiveShareHost,
  type IClientInfo,
  type ILiveShareHost,
  type UserMeetingRole,
} from '@microsoft/live-share';
import { createContainerRegistry } from '../../src/adapters/fakes/teams/ContainerRegistry';
import {
  FakeRoleDirectory,
  type FakeRoleDirectoryOptions,
} from '../../src/adapters/fakes/teams/FakeRoleDirectory';

export interface StrictClient {
  userId: string;
  /** What the meeting's role service records for this user. */
  roles: UserMeetingRole[];
  /** What this user's own (modified) client is told on registration, if it lies to itself. */
  claims?: UserMeetingRole[];
}

/** One meeting: a shared container id and role table; call it once per attendee. */
export function strictMeeting(o: FakeRoleDirectoryOptions): (c: StrictClient) => ILiveShareHost {
  let containerId: string | undefined;
  const registry = createContainerRegistry();
  return (c) => {
    const base = TestLiveShareHost.create(
      () => containerId,
      (id) => {
        containerId = id;
      },
    );
    const roles = new FakeRoleDirectory(registry, o);
    return {
      getFluidTenantInfo: () => base.getFluidTenantInfo(),
      getFluidToken: (id) => base.getFluidToken(id),
      getFluidContainerId: () => base.getFluidContainerId(),
      setFluidContainerId: (id) => base.setFluidContainerId(id),
      getNtpTime: () => base.getNtpTime(),
      registerClientId: async (id) => {
        const answer = await roles.register(id, { ...c, displayName: c.userId });
        if (!c.claims) return answer as UserMeetingRole[];
        return (Array.isArray(answer) ? c.claims : { userRoles: c.claims }) as UserMeetingRole[];
      },
      getClientRoles: async (id) => roles.rolesOf(id) as UserMeetingRole[] | undefined,
      getClientInfo: async (id) => roles.infoOf(id) as IClientInfo | undefined,
    };
  };
}
