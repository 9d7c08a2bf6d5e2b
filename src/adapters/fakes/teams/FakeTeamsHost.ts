import type { ContainerRegistry } from './ContainerRegistry';
import { FakeRoleDirectory, type FakeRoleDirectoryOptions } from './FakeRoleDirectory';
import type { FakeStage } from './FakeStage';
import { answerNaaRequest } from './fakeNaaBroker';

export type FakeFrameContext = 'content' | 'sidePanel' | 'meetingStage' | 'settings';
export type FakeRole = 'Organizer' | 'Presenter' | 'Attendee';

export interface FakeTeamsHostOptions {
  frame: HTMLIFrameElement;
  frameContext: FakeFrameContext;
  user: { id: string; displayName: string; upn: string; tenantId: string };
  roles: FakeRole[];
  theme: 'default' | 'dark' | 'contrast';
  locale: string;
  chatId: string;
  meetingId: string;
  pageId?: string;
  fluidEndpoint: string;
  registry: ContainerRegistry;
  /** How late and in which shape client-id registration answers (strict defaults). */
  roleService?: FakeRoleDirectoryOptions;
  /** The meeting's stage, shared by every attendee's host; without it the meeting has no stage. */
  stage?: FakeStage;
  /** Receives pages.config.setConfig from a configuration page. */
  onSettings?: (settings: unknown) => void;
  /** The tab's saved settings (what a configuration page saved earlier): pages.getConfig answers these. */
  settings?: unknown;
}

interface Request {
  id?: number;
  uuidAsString?: string;
  func?: string;
  args?: unknown[];
  /** nestedAppAuth.execute: the NAA request, a JSON string. */
  data?: unknown;
}

const RUNTIME = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: {
    app: {},
    appEntity: {},
    interactive: {},
    meeting: {},
    teamsCore: {},
    logs: {},
    dialog: { url: {}, update: {} },
    pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
    // teams-js installs window.nestedAppAuthBridge only when the host says it brokers NAA tokens.
    nestedAppAuth: {},
  },
};

/**
 * Answers teams-js 2.x's postMessage protocol for one iframe, the way Teams does for a meeting tab:
 * the handshake, the context, theme events, tab configuration and the `interactive.*` calls Live Share
 * makes (tenant info for a local Fluid service, container mapping, client roles). Only messages from
 * its own frame are answered, and only to that frame's origin.
 */
export class FakeTeamsHost {
  readonly log: string[] = [];
  private settings: unknown;
  private initialized = false;
  private readonly roleDirectory: FakeRoleDirectory;
  private readonly listener = (e: MessageEvent): void => this.onMessage(e);

  constructor(private readonly o: FakeTeamsHostOptions) {
    this.roleDirectory = new FakeRoleDirectory(o.registry, o.roleService);
    this.settings = o.settings;
    window.addEventListener('message', this.listener);
  }

  dispose(): void {
    window.removeEventListener('message', this.listener);
  }

  setTheme(theme: 'default' | 'dark' | 'contrast'): void {
    this.o.theme = theme;
    this.send({ func: 'themeChange', args: [theme] });
  }

  /** What Teams does when the user selects Save on a configuration page. */
  triggerSave(): void {
    this.send({ func: 'settings.save', args: [{}] });
  }

  private send(msg: Request): void {
    this.o.frame.contentWindow?.postMessage(msg, this.origin());
  }

  private origin(): string {
    try {
      return new URL(this.o.frame.src, window.location.href).origin;
    } catch {
      return window.location.origin;
    }
  }

  private onMessage(e: MessageEvent): void {
    if (e.source !== this.o.frame.contentWindow || e.origin !== this.origin()) return;
    const req = e.data as Request;
    if (!req || typeof req.func !== 'string') return;
    this.log.push(req.func);
    if (req.func === 'nestedAppAuth.execute') return this.answerNaa(req);
    if (req.func === 'initialize') this.initialized = true;
    void this.answer(req.func, req.args ?? []).then((args) => {
      if (args !== undefined && req.id !== undefined)
        this.send({ id: req.id, ...(req.uuidAsString ? { uuidAsString: req.uuidAsString } : {}), args });
    });
  }

  /** The NAA broker: reachable only through the bridge teams-js installs once initialize has answered. */
  private answerNaa(req: Request): void {
    const response = this.initialized ? answerNaaRequest(req.data, this.o.user) : undefined;
    if (response !== undefined) this.send({ args: [null, response] });
  }

  private context(): Record<string, unknown> {
    const o = this.o;
    return {
      locale: o.locale,
      theme: o.theme,
      frameContext: o.frameContext,
      hostClientType: 'web',
      hostName: 'Teams',
      userObjectId: o.user.id,
      userDisplayName: o.user.displayName,
      userPrincipalName: o.user.upn,
      loginHint: o.user.upn,
      tid: o.user.tenantId,
      chatId: o.chatId,
      meetingId: o.meetingId,
      entityId: o.pageId ?? 'meetingguard',
      appSessionId: `session-${o.user.id}`,
      sessionId: `session-${o.user.id}`,
    };
  }

  private mayPresent(): boolean {
    return this.o.roles.includes('Organizer') || this.o.roles.includes('Presenter');
  }

  private sameOrigin(url: string): boolean {
    try {
      return new URL(url).origin === this.origin();
    } catch {
      return false;
    }
  }

  /** The reply's args, or undefined for one-way messages. */
  private async answer(func: string, args: unknown[]): Promise<unknown[] | undefined> {
    const o = this.o;
    const reg = o.registry;
    const meeting = o.meetingId;
    switch (func) {
      case 'initialize':
        // Runtime config fourth: teams-js 2.58 accepts it third or fourth, but looks for the NAA capability
        // (and installs window.nestedAppAuthBridge) only in the fourth (internal/communication.js).
        return [o.frameContext, 'web', '2.58.0', JSON.stringify(RUNTIME)];
      case 'getContext':
        return [this.context()];
      case 'settings.setSettings':
        this.settings = args[0];
        o.onSettings?.(args[0]);
        return [true];
      case 'settings.getSettings':
        return [this.settings ?? {}];
      case 'interactive.getFluidTenantInfo':
        return [null, { tenantId: 'local', serviceEndpoint: o.fluidEndpoint }];
      case 'interactive.getFluidToken':
        return [null, 'local-test-token'];
      case 'interactive.getNtpTime': {
        const now = new Date();
        return [null, { ntpTime: now.toUTCString(), ntpTimeInUTC: now.getTime() }];
      }
      case 'interactive.getFluidContainerId': {
        const id = reg.get(meeting);
        if (id)
          return [
            null,
            { containerState: 'AlreadyExists', containerId: id, shouldCreate: false, retryAfter: 0 },
          ];
        const first = reg.claim(meeting);
        return [null, { containerState: 'NotFound', shouldCreate: first, retryAfter: first ? 0 : 500 }];
      }
      case 'interactive.setFluidContainerId': {
        const wanted = String(args[0] ?? '');
        const id = reg.set(meeting, wanted);
        return [
          null,
          {
            containerState: id === wanted ? 'Added' : 'Conflict',
            containerId: id,
            shouldCreate: false,
            retryAfter: 0,
          },
        ];
      }
      case 'interactive.registerClientId': {
        const who = { roles: o.roles, userId: o.user.id, displayName: o.user.displayName };
        return [null, await this.roleDirectory.register(String(args[0] ?? ''), who)];
      }
      // Share-to-stage, as Teams answers it: organizers and presenters may share, from the side panel or
      // the stage, a page of the app's own origin (Teams checks validDomains).
      case 'meeting.getAppContentStageSharingCapabilities':
        return [null, { doesAppHaveSharePermission: !!o.stage && this.mayPresent() }];
      case 'meeting.getAppContentStageSharingState':
        return [null, { isAppSharing: !!o.stage?.shared }];
      case 'meeting.shareAppContentToStage': {
        const url = String(args[0] ?? '');
        if (!o.stage || (o.frameContext !== 'sidePanel' && o.frameContext !== 'meetingStage'))
          return [{ errorCode: 100, message: 'Sharing to stage is not supported here.' }, null];
        if (!this.mayPresent())
          return [{ errorCode: 1000, message: 'Only organizers and presenters can share to stage.' }, null];
        if (!this.sameOrigin(url)) return [{ errorCode: 4000, message: `Not a valid domain: ${url}` }, null];
        o.stage.share(url, o.user.upn);
        return [null, true];
      }
      case 'meeting.stopSharingAppContentToStage':
        if (!o.stage?.shared) return [{ errorCode: 500, message: 'Nothing is shared to the stage.' }, null];
        o.stage.stop();
        return [null, true];
      // Undefined until the client id is registered, as teams-js documents for both calls.
      case 'interactive.getClientRoles':
        return [null, this.roleDirectory.rolesOf(String(args[0] ?? ''))];
      case 'interactive.getClientInfo':
        return [null, this.roleDirectory.infoOf(String(args[0] ?? ''))];
      default:
        // registerHandler, appInitialization.*, settings.setValidityState, settings.save.*: one-way.
        return undefined;
    }
  }
}
