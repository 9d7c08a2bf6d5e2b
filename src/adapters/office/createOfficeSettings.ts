import { appError } from '../../core/errors/AppError';
import { err, ok } from '../../core/model/Result';
import type { SettingsPort } from '../../core/ports/SettingsPort';
import { officeCall } from './officeCall';

/** The part of `Office.context.roamingSettings` the settings port needs. */
export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/**
 * SettingsPort over roaming settings. A host without them (a plain browser, an older client) keeps the
 * values for this session only, so the pane still works; saving there reports 'unsupported'.
 */
export function createOfficeSettings(roaming: RoamingSettingsLike | undefined): SettingsPort {
  const session = new Map<string, string>();
  return {
    getRoamingSetting(key) {
      try {
        const value = roaming ? roaming.get(key) : session.get(key);
        return Promise.resolve(ok(typeof value === 'string' ? value : null));
      } catch (e) {
        return Promise.resolve(err(appError('unsupported', e instanceof Error ? e.message : String(e))));
      }
    },
    async setRoamingSetting(key, value) {
      if (!roaming) {
        session.set(key, value);
        return err(appError('unsupported', 'no roamingSettings in this host'));
      }
      try {
        roaming.set(key, value);
      } catch (e) {
        return err(appError('unsupported', e instanceof Error ? e.message : String(e)));
      }
      const saved = await officeCall<void>((cb) => roaming.saveAsync(cb as (r: Office.AsyncResult<void>) => void));
      return saved.ok ? ok(undefined) : saved;
    },
  };
}
