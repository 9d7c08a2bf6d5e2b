import { evaluate } from '../core/evaluate';
import { toLang, type Lang } from '../core/model/Lang';
import { DEFAULT_POLICY, type Policy } from '../core/model/Policy';
import { err, ok, type Result } from '../core/model/Result';
import { parsePolicy } from '../core/policy/parsePolicy';
import { readInviteFile } from '../core/read/readInviteFile';
import type { CheckIo } from './CheckIo';
import { formatText, type CheckedEvent } from './formatText';
import { parseArgs, USAGE } from './parseArgs';
import { parseNow } from './parseNow';
import { toJsonReport } from './toJsonReport';

export const EXIT_OK = 0;
export const EXIT_BLOCKED = 1;
export const EXIT_UNUSABLE = 2;

const firstLine = (e: unknown) =>
  (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? '';

/** `file: problem` on one line; names from argv are shown as given (control characters blanked). */
function problem(io: CheckIo, where: string, what: string): void {
  const safe = (s: string) => Array.from(s, (c) => (c.charCodeAt(0) < 0x20 ? ' ' : c)).join('');
  io.stderr(`check: ${safe(where)}: ${safe(what)}\n`);
}

async function loadPolicy(path: string, io: CheckIo): Promise<Result<Policy, string>> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    return err(`cannot read the policy (${firstLine(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return err(`policy is not valid JSON (${firstLine(e)})`);
  }
  const parsed = parsePolicy(json);
  return parsed.ok ? ok(parsed.value) : err(`bad policy: ${parsed.error.message}`);
}

/**
 * The check CLI as a function: argv without node and the script, the world as `io`; resolves to the
 * exit status (0 nothing blocks, 1 a block finding, 2 unusable input or arguments). Never rejects and
 * never prints a stack: every failure is one line on stderr naming the file or option.
 */
export async function runCheck(argv: readonly string[], io: CheckIo): Promise<number> {
  try {
    return await check(argv, io);
  } catch (e) {
    problem(io, 'internal error', firstLine(e));
    return EXIT_UNUSABLE;
  }
}

async function check(argv: readonly string[], io: CheckIo): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    problem(io, 'arguments', `${args.error} (try --help)`);
    return EXIT_UNUSABLE;
  }
  if (args.value.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  const { files, format } = args.value;
  // POSIX locales spell zh_CN.UTF-8; toLang expects BCP 47.
  const posix = io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG || '';
  const lang: Lang = args.value.lang ?? toLang(posix.split('.')[0]?.replace(/_/g, '-'));

  let policy = DEFAULT_POLICY;
  if (args.value.policy !== undefined) {
    const loaded = await loadPolicy(args.value.policy, io);
    if (!loaded.ok) {
      problem(io, args.value.policy, loaded.error);
      return EXIT_UNUSABLE;
    }
    policy = loaded.value;
  }
  let now = io.now();
  if (args.value.now !== undefined) {
    const parsed = parseNow(args.value.now, policy.timeZone);
    if (!parsed.ok) {
      problem(io, '--now', parsed.error);
      return EXIT_UNUSABLE;
    }
    now = parsed.value;
  }

  const checked: CheckedEvent[] = [];
  let unusable = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (e) {
      problem(io, file, `cannot read the file (${firstLine(e)})`);
      unusable++;
      continue;
    }
    const read = readInviteFile(file, text, { source: file, defaultTimeZone: policy.timeZone });
    if (!read.ok) {
      problem(io, file, read.error.message);
      unusable++;
      continue;
    }
    for (const invite of read.value)
      checked.push({ invite, verdict: evaluate(invite, policy, now, { lang }) });
  }

  if (format === 'json')
    io.stdout(
      `${JSON.stringify(
        checked.map((c) => toJsonReport(c.invite, c.verdict)),
        null,
        2,
      )}\n`,
    );
  else io.stdout(formatText(checked, lang, unusable, policy.groupMeetingMinPeople));
  if (unusable > 0) return EXIT_UNUSABLE;
  return checked.some((c) => c.verdict.blocked) ? EXIT_BLOCKED : EXIT_OK;
}
