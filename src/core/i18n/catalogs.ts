import type { Catalog } from './Catalog';
import { rulesCatalog } from './catalogs/rulesCatalog';
import { errorsCatalog } from './catalogs/errorsCatalog';
import { paneCatalog } from './catalogs/paneCatalog';
import { sendGuardCatalog } from './catalogs/sendGuardCatalog';
import { meetingCatalog } from './catalogs/meetingCatalog';
import { planCatalog } from './catalogs/planCatalog';
import { followupCatalog } from './catalogs/followupCatalog';
import { syncCatalog } from './catalogs/syncCatalog';
import { workbenchCatalog } from './catalogs/workbenchCatalog';
import { cliCatalog } from './catalogs/cliCatalog';
import { shellCatalog } from './catalogs/shellCatalog';
import { serviceCatalog } from './catalogs/serviceCatalog';

/** Every area's catalog, for the parity test and for screens that need several areas. */
export const ALL_CATALOGS: Record<string, Catalog> = {
  rules: rulesCatalog,
  errors: errorsCatalog,
  pane: paneCatalog,
  sendGuard: sendGuardCatalog,
  meeting: meetingCatalog,
  plan: planCatalog,
  followup: followupCatalog,
  sync: syncCatalog,
  workbench: workbenchCatalog,
  cli: cliCatalog,
  shell: shellCatalog,
  service: serviceCatalog,
};
