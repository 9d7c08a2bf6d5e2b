import { defineCatalog } from '../Catalog';

export const workbenchCatalog = defineCatalog({}, {});
