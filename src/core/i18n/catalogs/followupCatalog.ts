import { defineCatalog } from '../Catalog';

export const followupCatalog = defineCatalog({}, {});
