import { pages } from '@microsoft/teams-js';
import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';

export interface TabConfig {
  /** Absolute URL of the tab's content page. */
  contentUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

/**
 * The configuration page's side of pages.config: mark the form valid and, when Teams asks to save,
 * hand over the tab's settings. `getConfig` is read at save time so the user's last edit wins.
 */
export function registerTabConfig(
  getConfig: () => TabConfig | undefined,
): Result<{ setValid(valid: boolean): void }, AppError> {
  try {
    if (!pages.config.isSupported()) return err(appError('unsupported', 'pages.config'));
    pages.config.registerOnSaveHandler((evt) => {
      const cfg = getConfig();
      if (!cfg) {
        evt.notifyFailure('invalid');
        return;
      }
      pages.config.setConfig({ ...cfg, websiteUrl: cfg.contentUrl }).then(
        () => evt.notifySuccess(),
        (e: unknown) => evt.notifyFailure(e instanceof Error ? e.message : String(e)),
      );
    });
    return ok({ setValid: (v) => pages.config.setValidityState(v) });
  } catch (e) {
    return err(appError('unsupported', e instanceof Error ? e.message : String(e)));
  }
}
