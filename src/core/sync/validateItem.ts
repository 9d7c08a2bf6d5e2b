import type { AppError } from '../errors/AppError';
import type { ActionItem } from '../model/ActionItem';
import { PLANNER_MAX_CHECKLIST } from '../ports/PlannerPort';
import { plannerDueDateTime } from './dueDate';
import { invalidItem } from './syncErrors';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Why an item cannot be sent as it is (the user edits it), or undefined when it can. */
export function validateItem(item: ActionItem): AppError | undefined {
  if (!item.key.trim()) return invalidItem('key');
  if (!item.content.trim()) return invalidItem('content');
  if (!EMAIL.test(item.owner.email.trim())) return invalidItem('owner');
  if (!plannerDueDateTime(item.due, item.timeZone)) return invalidItem('due');
  const checklist = item.checklist ?? [];
  if (checklist.length > PLANNER_MAX_CHECKLIST) {
    return { kind: 'limit-exceeded', code: 'MaximumChecklistItemsOnTask', detail: `${checklist.length} > ${PLANNER_MAX_CHECKLIST}` };
  }
  if (checklist.some((c) => !c.trim())) return invalidItem('checklist');
  return undefined;
}
