import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { rewriteConditionals } from '../../scripts/rewriteConditionals';

/** Runs `expr` as written and rewritten; both must give the same value and the same side effects. */
function both(expr: string): [unknown, unknown] {
  const program = (
    e: string,
  ) => `var log = []; function t(v, x) { log.push(x === undefined ? v : x); return v; }
    var o = { f: function () { return this === o ? 'o' : Array.isArray(this) ? 'array' : typeof this; } };
    var result = (${e}); JSON.stringify([result, log]);`;
  const rewritten = rewriteConditionals(program(expr), 'latest');
  expect(rewritten).not.toMatch(/\?[^.?]/); // only the harness's own `?` was in the source: all gone
  return [runInNewContext(program(expr)), runInNewContext(rewritten)];
}

describe('rewriteConditionals', () => {
  it.each([
    ['a falsy branch value is kept', "t(1) ? t(0, 'a') : t(2, 'b')"],
    ['only the chosen branch runs', "t(0) ? t(1, 'a') : t('', 'b')"],
    ['nested in both branches', "t(1) ? t(0) ? 'x' : t(null) ? 'y' : 'z' : 'w'"],
    ['a sequence as test and branch', "(t(1), t(0)) ? 'x' : (t(2), t(3))"],
    ['a callee keeps no this', 't(1) ? o.f : o.f'],
    ['calling the chosen method', '(t(1) ? o.f : o.f)()'],
    ['in a template literal and with typeof', '`${typeof q == "undefined" ? t("u") : t("d")}`'],
    ['undefined and NaN branches', 't(0) ? 1 : t(1) ? undefined : NaN'],
  ])('%s', (_, expr) => {
    const [plain, rewritten] = both(expr);
    expect(rewritten).toBe(plain);
  });

  it('leaves code without conditionals byte for byte', () => {
    const src = 'var a = 1; function f(x) { return x && a || 2; }';
    expect(rewriteConditionals(src)).toBe(src);
  });
});
