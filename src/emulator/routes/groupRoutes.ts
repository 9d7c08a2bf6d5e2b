import type { EmuRequest, EmuResponse } from '../EmuRequest';
import { plannerId, type EmulatorStore } from '../EmulatorStore';
import type { PlanRec } from '../EmuState';
import { badRequest, forbidden, graphError, notFound } from '../graphError';
import { collection, isObject, json, nowIso } from '../odata';
import type { Router } from '../Router';
import { identity, renderPlan } from './plannerRender';

/** Plans per group (planner-limits page: 400 plans per group or user). */
const MAX_PLANS_PER_GROUP = 400;

/**
 * The container's group id: `container.url` (`https://graph.microsoft.com/v1.0/groups/{id}`), or
 * `container.containerId` with `type: "group"`. Rosters are beta-only, so v1.0 refuses them.
 */
function containerGroup(container: unknown): { groupId: string } | { error: string } {
  if (!isObject(container)) return { error: "The property 'container' is required." };
  const { url, containerId, type } = container;
  let fromUrl: string | undefined;
  if (url !== undefined) {
    const m = typeof url === 'string' ? /\/v1\.0\/groups\/([^/?#]+)\/?$/i.exec(url) : null;
    if (!m) return { error: `The container url '${String(url)}' is not a supported container.` };
    fromUrl = decodeURIComponent(m[1]!);
  }
  if (containerId !== undefined || type !== undefined) {
    if (type !== 'group') return { error: `The container type '${String(type)}' is not supported.` };
    if (typeof containerId !== 'string' || !containerId)
      return { error: "The property 'containerId' is required." };
    if (fromUrl && fromUrl !== containerId) return { error: 'The container url and containerId disagree.' };
    return { groupId: containerId };
  }
  return fromUrl ? { groupId: fromUrl } : { error: "The property 'container' needs a url or a containerId." };
}

/** POST /planner/plans: only a member of the Microsoft 365 group that will contain the plan may create it. */
function createPlan(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const body = req.body;
  if (!isObject(body)) return badRequest(req, 'A JSON body is required.');
  if (typeof body.title !== 'string' || !body.title.trim())
    return badRequest(req, "The property 'title' is required.");
  const found = containerGroup(body.container);
  if ('error' in found) return badRequest(req, found.error);
  const group = store.state.groups.find((g) => g.id === found.groupId);
  if (!group)
    return notFound(
      req,
      `Resource '${found.groupId}' does not exist or one of its queried reference-property objects are not present.`,
    );
  if (!group.groupTypes.includes('Unified'))
    return badRequest(req, 'Plans can only be contained by Microsoft 365 groups.');
  // A non-member gets Planner's generic 403 ("You do not have the required permissions…").
  if (!group.memberIds.includes(req.user.id)) return forbidden(req);
  if (store.state.plans.filter((p) => p.owner === group.id).length >= MAX_PLANS_PER_GROUP)
    return graphError(403, 'MaximumPlannerPlans', 'The group has reached its maximum number of plans.', req);
  const plan: PlanRec = {
    id: plannerId(),
    title: body.title,
    owner: group.id,
    createdBy: identity(req.user),
    createdDateTime: nowIso(),
    etag: store.nextEtag('Plan'),
  };
  store.state.plans.push(plan);
  store.changed();
  return json(
    201,
    { '@odata.context': `${req.baseUrl}/$metadata#planner/plans/$entity`, ...renderPlan(req, plan) },
    { location: `${req.baseUrl}/planner/plans/${plan.id}` },
  );
}

/**
 * The signed-in user's direct memberships, as Graph returns them: a directoryObject collection mixing
 * groups (Microsoft 365 and security) with directory roles, so a caller must filter on `@odata.type`.
 */
function memberOf(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const me = req.user.id;
  const groups = store.state.groups
    .filter((g) => g.memberIds.includes(me))
    .map(({ memberIds: _m, ...g }) => ({ '@odata.type': '#microsoft.graph.group', ...g }));
  const roles = (store.state.directoryRoles ?? [])
    .filter((r) => r.memberIds.includes(me))
    .map(({ memberIds: _m, ...r }) => ({ '@odata.type': '#microsoft.graph.directoryRole', ...r }));
  return collection(req, [...groups, ...roles], 'directoryObjects');
}

export function registerGroupRoutes(router: Router): void {
  router.add('GET', '/me/memberOf', memberOf);
  router.add('POST', '/planner/plans', createPlan);
}
