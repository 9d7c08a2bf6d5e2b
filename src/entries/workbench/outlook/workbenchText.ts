import { createTranslator, type Params } from '../../../core/i18n/createTranslator';
import { workbenchCatalog } from '../../../core/i18n/catalogs/workbenchCatalog';
import { toLang, type Lang } from '../../../core/model/Lang';

const translate = createTranslator(workbenchCatalog);
export type WorkbenchKey = Parameters<typeof translate>[1];

/** The workbench speaks the developer's language: `?lang=` or the browser's. */
export const workbenchLang: Lang = toLang(
  new URLSearchParams(location.search).get('lang') ?? navigator.language,
);

export const wt = (key: WorkbenchKey, params?: Params) => translate(workbenchLang, key, params);
