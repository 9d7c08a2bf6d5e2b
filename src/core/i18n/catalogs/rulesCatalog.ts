import { defineCatalog } from '../Catalog';

export const rulesCatalog = defineCatalog({}, {});
