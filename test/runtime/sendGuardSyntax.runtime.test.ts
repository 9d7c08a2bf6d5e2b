// The built send guard against Learn's list of JavaScript that classic Outlook on Windows (before Version
// 2403) cannot run in an event-based add-in ("Troubleshoot event-based and spam-reporting add-ins"):
// ECMAScript 2016 and earlier only; no async/await (the add-in times out); no conditional (ternary)
// operator (the add-in does not load).
import { parse, type Node } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSendGuard } from './sendGuardHarness';

let code = '';
beforeAll(async () => {
  code = (await buildSendGuard()).code;
});

/** Every node of `type`-matching kind, with a little of the source around it for the failure message. */
function find(source: string, match: (n: Node & Record<string, unknown>) => boolean): string[] {
  const hits: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null || typeof (v as Node).type !== 'string') return;
    const n = v as Node & Record<string, unknown>;
    if (match(n)) hits.push(source.slice(Math.max(0, n.start - 20), n.start + 40));
    for (const [k, child] of Object.entries(n)) if (k !== 'type') walk(child);
  };
  walk(parse(source, { ecmaVersion: 'latest', sourceType: 'script' }));
  return hits;
}

describe('send guard file (as npm run build writes dist/app/launchevent.js) vs classic Outlook’s JS runtime', () => {
  it('parses as ECMAScript 2016', () => {
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });

  it('has no conditional (ternary) operator', () => {
    expect(find(code, (n) => n.type === 'ConditionalExpression')).toEqual([]);
  });

  it('has no async function and no await', () => {
    expect(
      find(code, (n) => n.type === 'AwaitExpression' || (n.type.includes('Function') && n.async === true)),
    ).toEqual([]);
  });
});
