import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';
import type { PlannerPlan } from './PlannerPort';

/** A Microsoft 365 group the signed-in user belongs to: the only kind of container a Planner plan can live in. */
export interface PlanGroup {
  id: string;
  /** Graph may leave it null when the app lacks a group read permission; the picker then names the plans only. */
  displayName?: string;
}

/**
 * What the tab's configuration page needs to let the organizer pick where action items go (Graph v1.0):
 * `GET /me/memberOf` (groups only; directory roles and administrative units are skipped),
 * `GET /groups/{id}/planner/plans` (403 for a non-member), `POST /planner/plans` with a group container
 * (the creator must be a member of the group).
 */
export interface PlanPickerPort {
  listMyGroups(): Promise<Result<PlanGroup[], AppError>>;
  listPlans(scope: { groupId: string }): Promise<Result<PlannerPlan[], AppError>>;
  createPlan(groupId: string, title: string): Promise<Result<PlannerPlan, AppError>>;
}
