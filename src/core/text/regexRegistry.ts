import * as agenda from '../agenda/agendaPatterns';
import * as policy from '../policy/policyPatterns';
import * as rules from '../rules/rulePatterns';
import * as text from './textPatterns';

function collect(area: string, mod: Record<string, unknown>): Array<[string, RegExp]> {
  return Object.entries(mod)
    .filter((e): e is [string, RegExp] => e[1] instanceof RegExp)
    .map(([name, re]) => [`${area}.${name}`, re]);
}

/**
 * Every regular expression of the judgment core (rules, agenda, policy, text), by name. Code in those
 * areas takes its patterns only from the `*Patterns.ts` files collected here, so the regex pump test
 * (test/regex) reaches each one with adversarial input.
 */
export const REGEX_REGISTRY: ReadonlyArray<[string, RegExp]> = [
  ...collect('agenda', agenda),
  ...collect('policy', policy),
  ...collect('rules', rules),
  ...collect('text', text),
];
