import type { AppError } from '../errors/AppError';
import { err, ok } from '../model/Result';
import type { Result } from '../model/Result';
import type { OutboxEntry, OutboxState } from './OutboxEntry';

const STATES: readonly OutboxState[] = ['queued', 'creating', 'created', 'details', 'synced', 'failed', 'needs-attention'];

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown) => v === undefined || isStr(v);
const optNum = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

function itemOk(v: unknown): boolean {
  if (!isRec(v) || !isRec(v.owner)) return false;
  const strings = ['key', 'meetingId', 'content', 'acceptance', 'due', 'timeZone', 'createdAt'].every((k) => isStr(v[k]));
  const checklist = v.checklist === undefined || (Array.isArray(v.checklist) && v.checklist.every(isStr));
  return strings && checklist && isStr(v.owner.email) && optStr(v.owner.name) && optStr(v.meetingTitle) && optStr(v.meetingUrl);
}

function destinationOk(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isRec(v)) return false;
  if (v.kind === 'planner') return isStr(v.planId) && isStr(v.bucketId);
  return v.kind === 'todo' && isRec(v.list) && isStr(v.list.id) && isStr(v.list.userId) && isStr(v.list.name);
}

const errorOk = (v: unknown) => v === undefined || (isRec(v) && isStr(v.kind));

/**
 * Outbox records come back from browser storage, which any script on the origin could have written
 * (OWASP HTML5 cheat sheet): check the shape before the engine acts on it. Text fields stay untrusted
 * text; the UI renders them as text, never markup.
 */
export function parseOutboxEntry(raw: unknown): Result<OutboxEntry, AppError> {
  const bad = (what: string) => err<AppError>({ kind: 'bad-request', code: 'corrupt-outbox-entry', detail: what });
  if (!isRec(raw)) return bad('not an object');
  if (!isStr(raw.key) || !raw.key) return bad('key');
  if (!itemOk(raw.item) || (raw.item as Rec).key !== raw.key) return bad(`item of ${raw.key}`);
  const target = raw.target;
  if (!isRec(target) || !isStr(target.meetingId) || !isStr(target.bucketName) || !optStr(target.planId) || !optStr(target.groupId)) return bad(`target of ${raw.key}`);
  if (!STATES.includes(raw.state as OutboxState)) return bad(`state of ${raw.key}`);
  if (typeof raw.attempts !== 'number' || !Number.isInteger(raw.attempts) || raw.attempts < 0) return bad(`attempts of ${raw.key}`);
  if (!optNum(raw.updatedAt) || !optNum(raw.notBefore) || !optNum(raw.createSentAt)) return bad(`times of ${raw.key}`);
  if (!optStr(raw.assigneeId) || !optStr(raw.taskId) || !(raw.createSent === undefined || typeof raw.createSent === 'boolean')) return bad(`ids of ${raw.key}`);
  if (!destinationOk(raw.destination)) return bad(`destination of ${raw.key}`);
  if (!errorOk(raw.lastError) || !errorOk(raw.fallbackReason)) return bad(`errors of ${raw.key}`);
  if ((raw.state === 'created' || raw.state === 'details' || raw.state === 'synced') && !isStr(raw.taskId)) return bad(`task id of ${raw.key}`);
  return ok(raw as unknown as OutboxEntry);
}
