const DECOR = new Set([
  ' ',
  '\t',
  ':',
  ',',
  ';',
  '|',
  '*',
  '-',
  '.',
  '、',
  '\u3000',
  '\u00a0',
  '：',
  '，',
  '；',
  '。',
]);

/** Trims separators and markdown decoration from both ends (a loop, not a regex: `\s+$` is quadratic). */
export function trimDecor(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && DECOR.has(s[a] as string)) a++;
  while (b > a && DECOR.has(s[b - 1] as string)) b--;
  return s.slice(a, b);
}
