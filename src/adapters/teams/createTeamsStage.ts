import { meeting } from '@microsoft/teams-js';
import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import type { StagePort } from '../../core/ports/StagePort';

type SdkError = { errorCode?: number; message?: string } | null;

// teams-js ErrorCode: 1000 PERMISSION_DENIED, 100 NOT_SUPPORTED_ON_PLATFORM, 8000 USER_ABORT.
function toAppError(e: SdkError): AppError {
  const detail = e?.message ?? `Teams error ${e?.errorCode ?? 'unknown'}`;
  if (e?.errorCode === 1000) return appError('forbidden', detail);
  if (e?.errorCode === 100) return appError('unsupported', detail);
  return appError('unknown', detail);
}

function call<T>(
  f: (cb: (error: SdkError, result: T | null) => void) => void,
): Promise<Result<T | null, AppError>> {
  return new Promise((resolve) => {
    try {
      f((error, result) => resolve(error ? err(toAppError(error)) : ok(result)));
    } catch (e) {
      resolve(err(appError('unsupported', e instanceof Error ? e.message : String(e))));
    }
  });
}

/**
 * Share-to-stage through teams-js, for the side panel (the only frame Teams lets start sharing besides
 * the stage itself). `contentUrl` is what the stage loads: the same meeting page, which recognises the
 * `meetingStage` frame and shows the run full size. Undefined outside those two frames.
 */
export function createTeamsStage(frameContext: string, contentUrl: string): StagePort | undefined {
  // teams-js 2.x has no meeting.isSupported(): a host without it fails the calls, which answer `false`.
  if (frameContext !== 'sidePanel' && frameContext !== 'meetingStage') return undefined;
  return {
    async canShare() {
      const r = await call<{ doesAppHaveSharePermission: boolean }>((cb) =>
        meeting.getAppContentStageSharingCapabilities(cb),
      );
      return r.ok && !!r.value?.doesAppHaveSharePermission;
    },
    async isSharing() {
      const r = await call<{ isAppSharing: boolean }>((cb) => meeting.getAppContentStageSharingState(cb));
      return r.ok && !!r.value?.isAppSharing;
    },
    async share() {
      const r = await call<boolean>((cb) => meeting.shareAppContentToStage(cb, contentUrl));
      return r.ok ? ok(undefined) : r;
    },
    async stop() {
      const r = await call<boolean>((cb) => meeting.stopSharingAppContentToStage(cb));
      return r.ok ? ok(undefined) : r;
    },
  };
}
