/**
 * The fake Teams host's meeting → Fluid container mapping and Fluid client → roles table, shared by
 * every simulated attendee on the workbench page (Teams keeps these server-side). Kept here rather than
 * in location.hash, so a reload or another frame finds the same container.
 */
export interface ContainerRegistry {
  get(meetingId: string): string | undefined;
  /** First writer wins; returns the id that now stands. */
  set(meetingId: string, containerId: string): string;
  /** Marks a creation in progress so a second joiner waits instead of creating a rival container. */
  claim(meetingId: string): boolean;
  rolesOf(clientId: string): string[] | undefined;
  register(clientId: string, info: { roles: string[]; userId: string; displayName: string }): void;
  infoOf(clientId: string): { roles: string[]; userId: string; displayName: string } | undefined;
}

export function createContainerRegistry(
  storage?: Pick<Storage, 'getItem' | 'setItem'>,
  prefix = 'mg-fake-teams:container:',
): ContainerRegistry {
  const containers = new Map<string, string>();
  const claims = new Map<string, number>();
  const clients = new Map<string, { roles: string[]; userId: string; displayName: string }>();
  const read = (m: string): string | undefined =>
    containers.get(m) ?? storage?.getItem(prefix + m) ?? undefined;
  return {
    get: read,
    set(m, id) {
      const existing = read(m);
      if (existing) return existing;
      containers.set(m, id);
      storage?.setItem(prefix + m, id);
      return id;
    },
    claim(m) {
      const at = claims.get(m);
      // A claim older than 15 s belongs to a frame that went away mid-creation.
      if (at !== undefined && Date.now() - at < 15_000) return false;
      claims.set(m, Date.now());
      return true;
    },
    rolesOf: (c) => clients.get(c)?.roles,
    register: (c, info) => void clients.set(c, info),
    infoOf: (c) => clients.get(c),
  };
}
