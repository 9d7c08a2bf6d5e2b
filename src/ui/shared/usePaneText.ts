import { useCallback } from 'react';
import { createTranslator, type Params } from '../../core/i18n/createTranslator';
import { paneCatalog } from '../../core/i18n/catalogs/paneCatalog';
import { useServices } from './ServicesContext';
import { weekdayName } from '../../core/i18n/weekdayName';
import type { Weekday } from '../../core/model/Weekday';

const translate = createTranslator(paneCatalog);
export type PaneKey = Parameters<typeof translate>[1];

/** The pane's messages in the host's display language. */
export function usePaneText(): (key: PaneKey, params?: Params) => string {
  const { lang } = useServices();
  return useCallback((key: PaneKey, params?: Params) => translate(lang, key, params), [lang]);
}

/** Weekday names in the host's display language (the rule messages' own). */
export function useWeekdayName(): (day: Weekday) => string {
  const { lang } = useServices();
  return useCallback((day: Weekday) => weekdayName(lang, day), [lang]);
}
