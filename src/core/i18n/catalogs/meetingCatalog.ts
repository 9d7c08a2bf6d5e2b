import { defineCatalog } from '../Catalog';

export const meetingCatalog = defineCatalog({}, {});
