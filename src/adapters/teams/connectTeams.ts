import { app, liveShare, LiveShareHost, pages } from '@microsoft/teams-js';
import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import type { ILiveShareHost } from '@microsoft/live-share';

export type HostTheme = 'light' | 'dark' | 'contrast';

/** What the meeting app needs from Teams' context, flattened and with unknowns left out. */
export interface TeamsInfo {
  frameContext: string;
  locale: string;
  theme: HostTheme;
  hostName: string;
  /** `loginHint` is what Teams tells MSAL to sign in (Microsoft's NAA samples pass it); `upn` names the account. */
  user: { id: string; displayName?: string; upn?: string; loginHint?: string; tenantId?: string };
  chatId?: string;
  meetingId?: string;
  pageId?: string;
}

export interface TeamsConnection {
  info: TeamsInfo;
  /** Live Share through Teams, when this host and frame support it. */
  liveShareHost(): ILiveShareHost | undefined;
  onThemeChange(handler: (theme: HostTheme) => void): void;
  /** Configuration page support (pages.config), present only in the `settings` frame. */
  canConfigure: boolean;
}

export const toHostTheme = (t: string | undefined): HostTheme =>
  t === 'dark' ? 'dark' : t === 'contrast' ? 'contrast' : 'light';

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

/**
 * Initialises teams-js and reads the context. teams-js waits 60 s for a silent parent, so we give up
 * after `timeoutMs`: a page framed by anything but Teams (or opened on its own) then says so and
 * carries on single-user. Top-level pages fail at once ("No Parent window found").
 */
export async function connectTeams(
  opts: { timeoutMs?: number; validMessageOrigins?: string[] } = {},
): Promise<Result<TeamsConnection, AppError>> {
  if (typeof window === 'undefined' || window.parent === window)
    return err(appError('not-in-host', 'top-level page'));
  try {
    await withTimeout(app.initialize(opts.validMessageOrigins), opts.timeoutMs ?? 2500);
    const ctx = await withTimeout(app.getContext(), opts.timeoutMs ?? 2500);
    app.notifySuccess();
    const info: TeamsInfo = {
      frameContext: String(ctx.page.frameContext ?? ''),
      locale: ctx.app.locale || 'en-US',
      theme: toHostTheme(ctx.app.theme),
      hostName: String(ctx.app.host.name ?? ''),
      user: {
        id: ctx.user?.id ?? '',
        ...(ctx.user?.displayName ? { displayName: ctx.user.displayName } : {}),
        ...(ctx.user?.userPrincipalName ? { upn: ctx.user.userPrincipalName } : {}),
        ...(ctx.user?.loginHint ? { loginHint: ctx.user.loginHint } : {}),
        ...(ctx.user?.tenant?.id ? { tenantId: ctx.user.tenant.id } : {}),
      },
      ...(ctx.chat?.id ? { chatId: ctx.chat.id } : {}),
      ...(ctx.meeting?.id ? { meetingId: ctx.meeting.id } : {}),
      ...(ctx.page.id ? { pageId: ctx.page.id } : {}),
    };
    return ok({
      info,
      liveShareHost: () =>
        safe(() => liveShare.isSupported())
          ? (LiveShareHost.create() as unknown as ILiveShareHost)
          : undefined,
      onThemeChange: (h) => app.registerOnThemeChangeHandler((t) => h(toHostTheme(t))),
      canConfigure: safe(() => pages.config.isSupported()),
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return err(appError(/timeout|timed out|No Parent/i.test(msg) ? 'not-in-host' : 'unknown', msg));
  }
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}
