/** ical.js' jCal arrays, read directly: components, properties, parameters, text values. */

export type Prop = [string, Record<string, unknown>, string, ...unknown[]];
export type Comp = [string, Prop[], Comp[]];

export const isComp = (v: unknown): v is Comp =>
  Array.isArray(v) && typeof v[0] === 'string' && Array.isArray(v[1]) && Array.isArray(v[2]);

export function props(c: Comp, name: string): Prop[] {
  return c[1].filter((p): p is Prop => Array.isArray(p) && p[0] === name);
}
export const prop = (c: Comp, name: string): Prop | undefined => props(c, name)[0];
export const param = (p: Prop, name: string): string | undefined => {
  const v = p[1]?.[name];
  return typeof v === 'string'
    ? v
    : Array.isArray(v)
      ? v.filter((x) => typeof x === 'string').join(',')
      : undefined;
};
/** ical.js unescapes known text properties; X- properties arrive raw and get RFC 5545 unescaping here. */
export function textOf(p: Prop | undefined): string | undefined {
  if (!p) return undefined;
  const values = p.slice(3).filter((v): v is string => typeof v === 'string');
  if (values.length === 0) return undefined;
  const joined = values.join(',');
  return p[2] === 'unknown'
    ? joined.replace(/\\([nN\\,;])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
    : joined;
}
