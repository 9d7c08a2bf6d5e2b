import { useEffect, useState } from 'react';
import type { Lang } from '../../core/model/Lang';
import type { Invite } from '../../core/model/Invite';
import { DEFAULT_POLICY, type Policy } from '../../core/model/Policy';
import { readInviteFile } from '../../core/read/readInviteFile';
import { evaluate, type Verdict } from '../../core/evaluate';
import { parsePolicy } from '../../core/policy/parsePolicy';

export interface SampleResult {
  file: string;
  entries: Array<{ invite: Invite; verdict: Verdict }>;
  error?: string;
}

export type SamplesState =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'ready'; results: SampleResult[] };

async function loadPolicy(): Promise<Policy> {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  try {
    const res = await fetch('policy.json');
    const parsed = parsePolicy(await res.json());
    return parsed.ok ? parsed.value : { ...DEFAULT_POLICY, timeZone: zone };
  } catch {
    return { ...DEFAULT_POLICY, timeZone: zone };
  }
}

/** Reads every sample invite the workbench serves and judges it with the same core as the pane and CLI. */
export function useSampleVerdicts(lang: Lang): SamplesState {
  const [state, setState] = useState<SamplesState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const listing = await fetch('samples.json');
      if (!listing.ok) throw new Error(`HTTP ${listing.status}`);
      const files = ((await listing.json()) as string[]).filter((f) => /\.(ics|json)$/i.test(f) && !/policy/i.test(f));
      const policy = await loadPolicy();
      const now = new Date();
      const results: SampleResult[] = [];
      for (const file of files) {
        const text = await (await fetch(`samples/${encodeURIComponent(file)}`)).text();
        const read = readInviteFile(file, text, { source: file, defaultTimeZone: policy.timeZone });
        if (!read.ok) {
          results.push({ file, entries: [], error: read.error.message });
          continue;
        }
        results.push({ file, entries: read.value.map((invite) => ({ invite, verdict: evaluate(invite, policy, now, { lang }) })) });
      }
      if (live) setState({ status: 'ready', results });
    })().catch((e: unknown) => {
      if (live) setState({ status: 'failed', reason: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      live = false;
    };
  }, [lang]);
  return state;
}
