import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compactTables } from './vite.launchevent.config';

// Every page of the app (task pane, meeting app, follow-up, workbench) is an HTML file in web/.
// The send guard is a separate single-file IIFE build: vite.launchevent.config.ts.
const webDir = resolve(import.meta.dirname, 'web');
const pages = Object.fromEntries(
  readdirSync(webDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), resolve(webDir, f)]),
);

export default defineConfig({
  root: webDir,
  base: './',
  publicDir: resolve(webDir, 'public'),
  plugins: [react(), compactTables()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/app'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: pages },
  },
  server: { port: 5173, strictPort: false },
});
