// `tsx src/emulator/main.ts [--port 4000] [--host 127.0.0.1] [--data .data/graph.json] [--no-seed] [--latency 0] [--verbose]`
import { resolve } from 'node:path';
import { startEmulator } from './startEmulator';

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

const port = Number(arg('--port') ?? '4000');
const data = arg('--data');
const emulator = await startEmulator({
  port: Number.isFinite(port) ? port : 4000,
  host: arg('--host') ?? '127.0.0.1',
  ...(data ? { dataFile: resolve(data) } : {}),
  seed: !argv.includes('--no-seed'),
  latencyMs: Number(arg('--latency') ?? '0') || 0,
  verbose: argv.includes('--verbose'),
});
process.stdout.write(`Graph emulator: ${emulator.url}/v1.0 (tools: ${emulator.url}/_emu/health${data ? `, data: ${resolve(data)}` : ', in memory'})\n`);

const stop = () => {
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
