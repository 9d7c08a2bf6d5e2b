// Browser suites run against the same thing `npm start` serves: the built bundles, the Graph emulator
// and the local Fluid service. Built once here (as production: vitest sets NODE_ENV=test, which would
// ship React's development runtime); MG_SKIP_BUILD=1 reuses an existing dist/app.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serveStatic';
import { startEmulator } from '../../src/emulator/startEmulator';
import { SEED_ORGANIZER } from '../../src/emulator/seed/seedPeople';
import { startFluid } from '../../scripts/startFluid';

const root = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  if (process.env.MG_SKIP_BUILD !== '1' || !existsSync(resolve(root, 'dist/app/index.html'))) {
    const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const graph = await startEmulator({ port: 0 });
  const fluid = await startFluid({ port: 7070 + Math.floor(Math.random() * 500) + 100 });
  const app = await serveStatic({
    root: resolve(root, 'dist/app'),
    mounts: { '/samples/': resolve(root, 'samples') },
    proxy: { '/graph': graph.url },
    json: {
      '/samples.json': () => readdirSync(resolve(root, 'samples')).sort(),
      '/workbench-config.json': () => ({ graphBaseUrl: '/graph/v1.0', fluidUrl: fluid.url, user: SEED_ORGANIZER.mail }),
    },
  });
  process.env.MG_APP_URL = app.url;
  process.env.MG_GRAPH_URL = graph.url;
  process.env.MG_FLUID_URL = fluid.url;
  project.provide('appUrl', app.url);
  project.provide('graphUrl', graph.url);
  project.provide('fluidUrl', fluid.url);
  return async () => {
    await Promise.allSettled([app.close(), graph.close(), fluid.close()]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    graphUrl: string;
    fluidUrl: string;
  }
}
