import { DEFAULT_POLICY, type Policy } from '../../core/model/Policy';
import { parsePolicy } from '../../core/policy/parsePolicy';
import orgPolicyJson from '../../../web/public/policy.json';
import sendGuardJson from '../../../web/public/sendguard.json';
import { parseSendGuardSettings, type SendGuardSettings } from './SendGuardSettings';

export interface BundledConfig {
  orgPolicy: Policy;
  settings: SendGuardSettings;
  /** Anything wrong in the two files. */
  problems: string[];
}

/**
 * The organization's policy and the send-guard settings, inlined into the bundle at build time. A bad
 * file never traps a sender (defaults apply, the problem goes to the runtime log); the unit test
 * fails the build pipeline on any problem in the shipped files.
 */
export function bundledConfig(): BundledConfig {
  const org = parsePolicy(orgPolicyJson);
  const settings = parseSendGuardSettings(sendGuardJson);
  const problems = [
    ...(org.ok ? [] : [`policy.json: ${org.error.message}`]),
    ...settings.problems.map((p) => `sendguard.json: ${p}`),
  ];
  return { orgPolicy: org.ok ? org.value : DEFAULT_POLICY, settings: settings.settings, problems };
}
