import { readFile } from 'node:fs/promises';
import type { CheckIo } from './CheckIo';

/** The real world: files as UTF-8, the system clock, the process environment. */
export const nodeIo: CheckIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => {
    const bytes = await readFile(path);
    // Outlook on Windows sometimes saves .ics as UTF-16 LE with a BOM.
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    return new TextDecoder('utf-8').decode(bytes);
  },
  now: () => new Date(),
  env: process.env,
};
