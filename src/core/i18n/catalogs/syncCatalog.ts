import { defineCatalog } from '../Catalog';

export const syncCatalog = defineCatalog({}, {});
