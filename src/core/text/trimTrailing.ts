/**
 * `s` without the run of `char` at its end. A loop, not `replace(/=+$/, '')` and friends: such a regex
 * retries from every character of a long run and goes quadratic on hostile input.
 */
export function trimTrailing(s: string, char: string): string {
  const code = char.charCodeAt(0);
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === code) end--;
  return s.slice(0, end);
}
