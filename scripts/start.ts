// `npm start`: the workbench. Builds the real bundles, then runs everything a newcomer needs on this
// machine alone: the local Graph emulator (seeded, persisted in .data/), the local Fluid service for
// Live Share, and the built app with the workbench shell at http://localhost:3000/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from './serveStatic';
import { startEmulator } from '../src/emulator/startEmulator';
import { SEED_ORGANIZER } from '../src/emulator/seed/seedPeople';
import { startFluid } from './startFluid';
import { startServiceProcesses } from './startService';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const say = (line: string) => process.stdout.write(`${line}\n`);

if (!args.has('--no-build') || !existsSync(resolve(root, 'dist/app/index.html'))) {
  say('[1/4] building the task pane, send guard, meeting app and workbench...');
  const build = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(1);
  }
}

mkdirSync(resolve(root, '.data'), { recursive: true });
say('[2/4] starting the Graph emulator (data: .data/graph.json)...');
const graph = await startEmulator({
  port: Number(arg('--graph-port', '4000')),
  dataFile: resolve(root, '.data/graph.json'),
});
say('[3/4] starting the local Fluid service for Live Share...');
const fluid = await startFluid({ port: Number(arg('--fluid-port', '7070')) }).catch((e: unknown) => {
  say(
    `      Live Share is off: ${e instanceof Error ? e.message : String(e)} (the meeting app runs single-user).`,
  );
  return null;
});
say('[4/4] starting the follow-up service and serving the workbench...');
const service = startServiceProcesses(
  graph,
  Number(arg('--service-instances', '1')),
  say,
  `http://localhost:${arg('--port', '3000')}`,
);
const app = await serveStatic({
  root: resolve(root, 'dist/app'),
  mounts: { '/samples/': resolve(root, 'samples') },
  proxy: { '/graph': graph.url },
  json: {
    '/samples.json': () => readdirSync(resolve(root, 'samples')).sort(),
    '/workbench-config.json': () => ({
      graphBaseUrl: '/graph/v1.0',
      fluidUrl: fluid?.url ?? null,
      user: SEED_ORGANIZER.mail,
    }),
  },
  port: Number(arg('--port', '3000')),
});

say('');
say(`Meeting Guard workbench: ${app.url}/`);
say(`  Outlook invite checker + send guard: ${app.url}/outlook.html`);
say(`  Teams meeting (two attendees):        ${app.url}/teams.html`);
say(`  Follow-up tab in Teams:               ${app.url}/teams.html?page=followup`);
say(`  Graph emulator:                       ${graph.url}/v1.0  (state: ${graph.url}/_emu/state)`);
if (fluid) say(`  Fluid service (Live Share):           ${fluid.url}`);
say(`  Follow-up service:                    ${service.describe()} (kill one: it restarts and carries on)`);
say('Press Ctrl+C to stop.');

const stop = async () => {
  await service.stop();
  await Promise.allSettled([app.close(), graph.close(), fluid?.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
