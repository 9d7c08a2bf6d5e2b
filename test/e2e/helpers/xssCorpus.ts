import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/**
 * The 6,613 payloads: the shared corpus beside the checkout when it is there, else the copy committed
 * in test/corpus (MIT, payloadbox/xss-payload-list) so a clean clone runs the same suite.
 */
export function loadXssPayloads(): string[] {
  const candidates = [resolve(root, '../shared/corpus/xss-payloads.txt'), resolve(root, 'test/corpus/xss-payloads.txt')];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error('xss-payloads.txt not found in ../shared/corpus or test/corpus');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.length > 0);
}
