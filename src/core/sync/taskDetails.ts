import { createTranslator } from '../i18n/createTranslator';
import { syncCatalog } from '../i18n/catalogs/syncCatalog';
import type { ActionItem } from '../model/ActionItem';
import type { Lang } from '../model/Lang';
import type { PlannerChecklistItem, PlannerDetailsPatch, PlannerReference, PlannerTaskDetails } from '../ports/PlannerPort';
import { stableGuid } from './taskMarker';

const t = createTranslator(syncCatalog);

/**
 * Our part of the description sits between these two fixed lines. Re-syncing replaces that block and
 * nothing else, so whatever other people wrote above or below it survives (the lines are language-
 * neutral so a block written in zh-CN is still found by a client in en-US).
 */
export const BLOCK_START = '── Meeting Guard ──';
export const BLOCK_END = '── /Meeting Guard ──';

export interface DesiredDetails {
  block: string;
  checklist: Record<string, PlannerChecklistItem>;
  references: Record<string, PlannerReference>;
}

/** The block's text lines (also the To Do body). */
export function detailLines(item: ActionItem, lang: Lang): string[] {
  const lines = [t(lang, 'task.content', { text: item.content.trim() })];
  if (item.acceptance.trim()) lines.push(t(lang, 'task.acceptance', { text: item.acceptance.trim() }));
  lines.push(t(lang, 'task.owner', { name: item.owner.name?.trim() || item.owner.email }));
  lines.push(t(lang, 'task.due', { date: item.due, zone: item.timeZone }));
  lines.push(t(lang, 'task.meeting', { title: item.meetingTitle?.trim() || t(lang, 'task.meetingFallbackTitle') }));
  if (item.meetingUrl) lines.push(t(lang, 'task.link', { url: item.meetingUrl }));
  lines.push(t(lang, 'task.key', { key: item.key }));
  return lines;
}

export function desiredDetails(item: ActionItem, lang: Lang): DesiredDetails {
  const block = [BLOCK_START, ...detailLines(item, lang), BLOCK_END].join('\n');
  const checklist: Record<string, PlannerChecklistItem> = {};
  (item.checklist ?? []).forEach((title, i) => {
    checklist[stableGuid(item.key, i)] = { title, isChecked: false };
  });
  const references: Record<string, PlannerReference> = {};
  if (item.meetingUrl) references[item.meetingUrl] = { alias: item.meetingTitle?.trim() || t(lang, 'task.meetingFallbackTitle'), type: 'Other' };
  return { block, checklist, references };
}

/** The description with our block put in place of the old one (or appended), others' text untouched. */
export function mergeDescription(current: string, block: string): string {
  const start = current.indexOf(BLOCK_START);
  const end = start < 0 ? -1 : current.indexOf(BLOCK_END, start);
  if (start >= 0 && end >= 0) return current.slice(0, start) + block + current.slice(end + BLOCK_END.length);
  const trimmed = current.trimEnd(); // not /\s+$/: V8 runs that in quadratic time on long whitespace
  return trimmed ? `${trimmed}\n\n${block}` : block;
}

/**
 * The smallest patch that brings `current` to contain what we own, computed fresh from the server's
 * latest details each time (so after a 412 we re-read and re-derive, never overwrite blindly):
 * - description: only our block changes;
 * - checklist/references: we add our keys when missing and never touch existing ones (an owner
 *   ticking or renaming our checklist item is their edit, not drift) nor anyone else's.
 * Undefined when nothing needs writing: re-running the step is a no-op.
 */
export function detailsPatch(current: PlannerTaskDetails, desired: DesiredDetails): PlannerDetailsPatch | undefined {
  const patch: PlannerDetailsPatch = {};
  const description = mergeDescription(current.description, desired.block);
  if (description !== current.description) patch.description = description;
  const checklist: Record<string, PlannerChecklistItem> = {};
  for (const [id, item] of Object.entries(desired.checklist)) if (!(id in current.checklist)) checklist[id] = item;
  if (Object.keys(checklist).length) patch.checklist = checklist;
  const references: Record<string, PlannerReference> = {};
  for (const [url, ref] of Object.entries(desired.references)) if (!(url in current.references)) references[url] = ref;
  if (Object.keys(references).length) patch.references = references;
  return Object.keys(patch).length ? patch : undefined;
}

/** True when `details` carries everything we own (used by tests and by the engine's verification). */
export function detailsSatisfy(details: PlannerTaskDetails, desired: DesiredDetails): boolean {
  return detailsPatch(details, desired) === undefined;
}
