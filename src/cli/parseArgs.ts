import type { Lang } from '../core/model/Lang';
import { err, ok, type Result } from '../core/model/Result';

export interface CheckArgs {
  files: string[];
  /** Raw --now text; resolved against the policy zone later (a wall time needs a zone). */
  now?: string;
  policy?: string;
  format: 'json' | 'text';
  lang?: Lang;
  help: boolean;
}

export const USAGE =
  'usage: npm run -s check -- <file>... [--now <ISO 8601>] [--policy <policy.json>] [--format json|text] [--lang zh-CN|en-US]';

const VALUED = new Set(['--now', '--policy', '--format', '--lang']);

/**
 * argv (without node and script) → arguments. Accepts `--opt value` and `--opt=value`; `--` ends the
 * options (a file may then start with a dash); a lone `-` is not stdin here, just a file name.
 * The error is one line naming the bad argument.
 */
export function parseArgs(argv: readonly string[]): Result<CheckArgs, string> {
  const args: CheckArgs = { files: [], format: 'text', help: false };
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (optionsDone || !a.startsWith('-') || a === '-') {
      args.files.push(a);
      continue;
    }
    if (a === '--') {
      optionsDone = true;
      continue;
    }
    if (a === '--help' || a === '-h') {
      args.help = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (!VALUED.has(name)) return err(`unknown option '${a.slice(0, 60)}'`);
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || value === '') return err(`option ${name} needs a value`);
    switch (name) {
      case '--now':
        args.now = value;
        break;
      case '--policy':
        args.policy = value;
        break;
      case '--format':
        if (value !== 'json' && value !== 'text')
          return err(`bad --format '${value.slice(0, 40)}': use json or text`);
        args.format = value;
        break;
      case '--lang':
        if (value !== 'zh-CN' && value !== 'en-US')
          return err(`bad --lang '${value.slice(0, 40)}': use zh-CN or en-US`);
        args.lang = value;
        break;
    }
  }
  if (!args.help && args.files.length === 0) return err('no input file');
  return ok(args);
}
