/**
 * The simulated meeting's tab, as Teams keeps it: what the configuration page saved through
 * pages.config.setConfig (content URL with the picked plan, entity id, name), per meeting, for this
 * browser tab's session. The meeting view then loads that content URL, as Teams would.
 */
export interface SavedTab {
  contentUrl: string;
  settings: Record<string, unknown>;
}

const key = (meetingId: string) => `mg-teams-wb:tab:${meetingId}`;

export function loadTab(store: Storage, meetingId: string): SavedTab | undefined {
  try {
    const raw = store.getItem(key(meetingId));
    const settings = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    return settings && typeof settings.contentUrl === 'string'
      ? { contentUrl: settings.contentUrl, settings }
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveTab(store: Storage, meetingId: string, settings: unknown): void {
  if (
    settings &&
    typeof settings === 'object' &&
    typeof (settings as { contentUrl?: unknown }).contentUrl === 'string'
  )
    store.setItem(key(meetingId), JSON.stringify(settings));
}

/** What only the saved tab decides: the plan picked on the configuration page (or none). */
const TAB_OWNED = new Set(['plan', 'group']);

/** The saved content URL plus the workbench's per-frame parameters (graph, user, lang…) it does not set itself. */
export function tabFrameUrl(contentUrl: string, frameQuery: URLSearchParams): string {
  const url = new URL(contentUrl, window.location.href);
  for (const [k, v] of frameQuery)
    if (!TAB_OWNED.has(k) && !url.searchParams.has(k)) url.searchParams.set(k, v);
  return url.href;
}

/** The settings of a tab added before the workbench opened: the meeting page with the URL's plan, if any. */
export function defaultTabSettings(appQuery: URLSearchParams): Record<string, unknown> {
  const url = new URL('meeting.html', window.location.href);
  for (const k of TAB_OWNED) {
    const v = appQuery.get(k);
    if (v) url.searchParams.set(k, v);
  }
  return {
    contentUrl: url.href,
    entityId: 'meetingguard',
    suggestedDisplayName: 'Meeting Guard',
    websiteUrl: url.href,
  };
}
