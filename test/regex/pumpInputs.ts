/**
 * Adversarial inputs for a regular expression: the pattern's own literal characters repeated (and
 * its growing prefixes), long runs of spaces, digits, colons, dashes and full-width punctuation, and
 * near-misses of the shapes the core looks for (clock ranges, labels, URLs, durations).
 */
export function literalChars(re: RegExp): string {
  // Drop escapes like \s \d \b and class/group syntax; what is left are characters the pattern looks for.
  const src = re.source.replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]|\\./g, '').replace(/[()[\]{}?*+|^$]/g, '');
  return src === '' ? 'a' : src;
}

function fill(unit: string, n: number): string {
  if (unit === '') return ' '.repeat(n);
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

const NEAR_MISSES = [
  ' ',
  '1',
  ':',
  '1:',
  '14:0',
  '14:00 -',
  '14:00-14:',
  '1 ',
  '-',
  ' - ',
  '：',
  '（',
  '－',
  '～',
  '，',
  '\u3000',
  '《',
  '#* ',
  '【',
  '议程',
  '负责人',
  '输出',
  '目标',
  'Agenda ',
  'owner ',
  'output ',
  'expected ',
  'type ',
  'no pre',
  'http://',
  'https://a',
  'teams.microsoft.com/l/',
  'a.',
  '1.',
  '20 ',
  '20分',
  'mailto',
  '\t',
  'a\u0301',
];

export function adversarialInputs(re: RegExp, n: number): Array<[string, string]> {
  const own = literalChars(re);
  let prefixes = '';
  for (let k = 1; prefixes.length < n; k = (k % own.length) + 1) prefixes += own.slice(0, k);
  const out: Array<[string, string]> = [
    ['own characters repeated', fill(own, n)],
    ['growing prefixes of its own characters', prefixes.slice(0, n)],
    ['own characters then a stop', `${fill(own, n - 1)}\u0000`],
  ];
  for (const unit of NEAR_MISSES) out.push([`${JSON.stringify(unit)} repeated`, fill(unit, n)]);
  out.push(['digits then a letter', `${'9'.repeat(n - 1)}x`]);
  out.push(['spaces then a letter', `${' '.repeat(n - 1)}x`]);
  out.push(['a letter then spaces', `x${' '.repeat(n - 1)}`]);
  return out;
}

/**
 * Runs a pattern the way the core does: `exec` once, or over every match for a global pattern
 * (with `test`, which walks the same matches without allocating a result per match, so the garbage
 * collector does not add noise to the timing).
 */
export function runPattern(re: RegExp, input: string): number {
  if (re.global) {
    const copy = new RegExp(re.source, re.flags);
    let count = 0;
    let last = -1;
    while (copy.test(input)) {
      count++;
      // A zero-length match does not advance lastIndex on its own.
      if (copy.lastIndex === last) copy.lastIndex++;
      last = copy.lastIndex;
    }
    return count;
  }
  re.lastIndex = 0;
  return re.exec(input) ? 1 : 0;
}
