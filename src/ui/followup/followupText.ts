import { createTranslator } from '../../core/i18n/createTranslator';
import { followupCatalog } from '../../core/i18n/catalogs/followupCatalog';

export const ft = createTranslator(followupCatalog);
