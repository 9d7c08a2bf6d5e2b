import { defineCatalog } from '../Catalog';

export const paneCatalog = defineCatalog({}, {});
