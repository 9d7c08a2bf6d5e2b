import type { ContainerRegistry } from './ContainerRegistry';

/** How a Teams client answers `interactive.registerClientId`: desktop and web send the role array,
 * Teams mobile has sent `{ userRoles }` (Live Share's own host decorator accepts both). */
export type RoleAnswerShape = 'array' | 'userRoles';

export interface FakeRoleDirectoryOptions {
  /** Delay before the registering client gets its answer. */
  answerAfterMs?: number;
  /** Delay before other clients' lookups see the new client id; until then they get undefined. */
  visibleAfterMs?: number;
  shape?: RoleAnswerShape;
  sleep?: (ms: number) => Promise<void>;
}

export interface FakeClient {
  roles: string[];
  userId: string;
  displayName: string;
}

export type RoleAnswer = string[] | { userRoles: string[] };

const wait = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();

/**
 * The meeting's role verification service as Teams runs it, strict where apps trip: a client id is
 * unknown (getClientInfo and getClientRoles answer undefined, as teams-js documents) until its
 * registration has gone through, which takes a while after join, and the registrant's answer comes
 * late and in either shape. Defaults are the slow end of what Teams shows (~100–600 ms).
 */
export class FakeRoleDirectory {
  private readonly pending = new Map<string, Promise<RoleAnswer>>();

  constructor(
    private readonly registry: Pick<ContainerRegistry, 'register' | 'infoOf'>,
    private readonly o: FakeRoleDirectoryOptions = {},
  ) {}

  register(clientId: string, who: FakeClient): Promise<RoleAnswer> {
    const known = this.pending.get(clientId);
    if (known) return known;
    const sleep = this.o.sleep ?? wait;
    const answerAfter = this.o.answerAfterMs ?? 150;
    const visibleAfter = this.o.visibleAfterMs ?? 450;
    const roles = [...who.roles];
    void sleep(visibleAfter).then(() => this.registry.register(clientId, { ...who, roles }));
    const answer = sleep(answerAfter).then((): RoleAnswer =>
      this.o.shape === 'userRoles' ? { userRoles: roles } : roles,
    );
    this.pending.set(clientId, answer);
    return answer;
  }

  rolesOf(clientId: string): string[] | undefined {
    return this.registry.infoOf(clientId)?.roles;
  }

  infoOf(clientId: string): FakeClient | undefined {
    return this.registry.infoOf(clientId);
  }
}
