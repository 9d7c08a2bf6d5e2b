import { defineCatalog } from '../Catalog';

export const sendGuardCatalog = defineCatalog({}, {});
