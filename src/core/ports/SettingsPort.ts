import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';

/**
 * Per-user settings that follow the user between machines (Outlook: `Office.context.roamingSettings`,
 * about 32 KB in all). Values are strings; callers store JSON and validate what they read back.
 */
export interface SettingsPort {
  /** The stored value, or null when the key was never set. */
  getRoamingSetting(key: string): Promise<Result<string | null, AppError>>;
  /** Stores and persists the value (roamingSettings.saveAsync). */
  setRoamingSetting(key: string, value: string): Promise<Result<void, AppError>>;
}
