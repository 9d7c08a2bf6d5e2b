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
 * hand over the tab's settings. `getConfig` is read at save time so the user's last edit wins;
 * `beforeSave` (the meeting record write) runs first and may fail without failing the save, since the
 * content URL carries the choice too.
 */
export function registerTabConfig(
  getConfig: () => TabConfig | undefined,
  beforeSave?: () => Promise<unknown>,
): Result<{ setValid(valid: boolean): void }, AppError> {
  try {
    if (!pages.config.isSupported()) return err(appError('unsupported', 'pages.config'));
    pages.config.registerOnSaveHandler((evt) => {
      const cfg = getConfig();
      if (!cfg) {
        evt.notifyFailure('invalid');
        return;
      }
      const before = beforeSave ? beforeSave().catch(() => undefined) : Promise.resolve();
      void before
        .then(() => pages.config.setConfig({ ...cfg, websiteUrl: cfg.contentUrl }))
        .then(
          () => evt.notifySuccess(),
          (e: unknown) => evt.notifyFailure(e instanceof Error ? e.message : String(e)),
        );
    });
    return ok({ setValid: (v) => pages.config.setValidityState(v) });
  } catch (e) {
    return err(appError('unsupported', e instanceof Error ? e.message : String(e)));
  }
}

/**
 * The tab's saved settings (reconfiguring an existing tab, or the meeting app re-reading its own), or
 * undefined where Teams has none to give. Allowed in the settings, content and side-panel frames.
 */
export async function readTabConfig(): Promise<Partial<TabConfig> | undefined> {
  try {
    if (!pages.config.isSupported()) return undefined;
    const c = await pages.getConfig();
    return {
      ...(c.contentUrl ? { contentUrl: c.contentUrl } : {}),
      ...(c.entityId ? { entityId: c.entityId } : {}),
      ...(c.suggestedDisplayName ? { suggestedDisplayName: c.suggestedDisplayName } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * Points the tab at a new content URL from inside the meeting app (organizer picked a plan there): Teams
 * allows pages.config.setConfig in the content and side-panel frames too. Best effort: the record on
 * the event carries the choice for the organizer either way.
 */
export async function updateTabContent(cfg: TabConfig): Promise<Result<void, AppError>> {
  try {
    if (!pages.config.isSupported()) return err(appError('unsupported', 'pages.config'));
    await pages.config.setConfig({ ...cfg, websiteUrl: cfg.contentUrl });
    return ok(undefined);
  } catch (e) {
    return err(appError('unsupported', e instanceof Error ? e.message : String(e)));
  }
}
