import { defineCatalog } from '../Catalog';

export const errorsCatalog = defineCatalog({}, {});
