/**
 * Planner's records in the emulator state (plans, buckets, tasks and their details), as stored: rendered to
 * the wire by plannerRender. Kept apart from EmuState, which re-exports them.
 */
export interface IdentitySet {
  user: { id: string; displayName?: string | null };
  application?: { id: string; displayName?: string | null };
}

export interface PlanRec {
  id: string;
  title: string;
  owner: string;
  createdBy: IdentitySet;
  createdDateTime: string;
  etag: string;
}

export interface BucketRec {
  id: string;
  name: string;
  planId: string;
  orderHint: string;
  etag: string;
}

export interface TaskRec {
  id: string;
  planId: string;
  bucketId: string | null;
  title: string;
  orderHint: string;
  assigneePriority: string;
  percentComplete: number;
  priority: number;
  startDateTime: string | null;
  dueDateTime: string | null;
  createdDateTime: string;
  completedDateTime: string | null;
  completedBy: IdentitySet | null;
  createdBy: IdentitySet;
  appliedCategories: Record<string, boolean>;
  assignments: Record<string, Record<string, unknown>>;
  conversationThreadId: string | null;
  previewType: string;
  etag: string;
}

export interface ChecklistItem {
  '@odata.type'?: string;
  title: string;
  isChecked: boolean;
  orderHint: string;
  lastModifiedDateTime: string;
  lastModifiedBy: IdentitySet;
}

export interface ExternalReference {
  '@odata.type'?: string;
  alias: string | null;
  type: string | null;
  previewPriority: string;
  lastModifiedDateTime: string;
  lastModifiedBy: IdentitySet;
}

export interface DetailsRec {
  id: string;
  description: string;
  previewType: string;
  checklist: Record<string, ChecklistItem>;
  references: Record<string, ExternalReference>;
  etag: string;
}
