import { defineCatalog } from '../Catalog';

export const cliCatalog = defineCatalog({}, {});
