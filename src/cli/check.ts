// The check CLI (RULEBOOK "CLI contract"): npm run -s check -- <file>... [--now ISO] [--policy file]
// [--format json|text] [--lang zh-CN|en-US]. All logic lives in runCheck so tests run it in-process.
import { nodeIo } from './nodeIo';
import { runCheck } from './runCheck';

runCheck(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
