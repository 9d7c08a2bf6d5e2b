// Classic Outlook on Windows before Version 2403 runs the send guard on an ES2016 engine. The build
// lowers syntax; these fill the few newer library functions the bundled code calls (core, zod,
// htmlparser2). Each is defined only when missing, never replacing a native one.

type Anything = Record<string, unknown>;

function define(target: object, name: string, value: unknown): void {
  if (!(name in target))
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

// globalThis (ES2020): the getter trick finds the global object in strict code without eval.
if (typeof globalThis === 'undefined') {
  Object.defineProperty(Object.prototype, '__mgGlobal__', {
    get() {
      return this as unknown;
    },
    configurable: true,
  });
  const g = (Object.prototype as Anything).__mgGlobal__ as object;
  delete (Object.prototype as Anything).__mgGlobal__;
  define(g, 'globalThis', g);
}

define(Object, 'entries', (o: object) => Object.keys(o).map((k) => [k, (o as Anything)[k]]));
define(Object, 'values', (o: object) => Object.keys(o).map((k) => (o as Anything)[k]));
define(Object, 'fromEntries', (entries: Iterable<[PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
});
define(Object, 'hasOwn', (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k));
define(
  Array.prototype,
  'flatMap',
  function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
    const out: unknown[] = [];
    this.forEach((v, i, a) => {
      const r = fn.call(thisArg, v, i, a);
      if (Array.isArray(r)) out.push(...(r as unknown[]));
      else out.push(r);
    });
    return out;
  },
);
define(String.prototype, 'padStart', function padStart(this: string, length: number, fill = ' ') {
  let pad = '';
  while (this.length + pad.length < length) pad += fill;
  return pad.slice(0, Math.max(0, length - this.length)) + this;
});
define(String.prototype, 'trimStart', function trimStart(this: string) {
  return this.replace(/^[\s\uFEFF\xA0]+/, '');
});
define(String.prototype, 'trimEnd', function trimEnd(this: string) {
  // ES5 trim strips the same set; the sentinel keeps the start. (/[\s]+$/ is quadratic in V8.)
  return `x${this}`.trim().slice(1);
});
define(String.prototype, 'matchAll', function matchAll(this: string, re: RegExp) {
  // Always a fresh global copy, so the caller's lastIndex is untouched (as the native one).
  const copy = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const found: RegExpExecArray[] = [];
  for (let m = copy.exec(this); m !== null; m = copy.exec(this)) {
    found.push(m);
    if (m[0] === '') copy.lastIndex += 1;
  }
  return found[Symbol.iterator]();
});
