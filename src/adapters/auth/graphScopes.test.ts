import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCOPES, GRAPH_SCOPES } from './graphScopes';

describe('graph scopes', () => {
  it('the README permission table lists exactly the scopes we request', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Za-z.]+)` \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual([...DEFAULT_SCOPES].sort());
  });
  it('asks for no broad or app-wide scope', () => {
    for (const s of DEFAULT_SCOPES) expect(s).not.toMatch(/ReadWrite\.All|Group\.|Directory\.|\.Shared$|Sites\./);
    expect(GRAPH_SCOPES.every((s) => s.why.length > 10)).toBe(true);
  });
});
