import type { CheckIo } from './CheckIo';

export interface MemoryIo extends CheckIo {
  out: string;
  err: string;
}

/** An in-memory CheckIo for tests and the workbench: files from a map, a fixed clock. */
export function memoryIo(
  files: Record<string, string>,
  now = new Date('2026-11-30T01:00:00Z'),
  env: Record<string, string> = {},
): MemoryIo {
  const io: MemoryIo = {
    out: '',
    err: '',
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    now: () => now,
    env,
  };
  return io;
}
