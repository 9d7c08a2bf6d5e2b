// Task pane initial JS: what taskpane.html loads before the pane can show a verdict (its module script
// and every modulepreload), gzip-compressed as served. Budget 150 KB: sign-in and Graph stay lazy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchFigure } from './BenchFigure';

const distDir = resolve(import.meta.dirname, '../../dist/app');

/** Script and modulepreload URLs of an HTML page, relative to the page. */
export function initialScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag) && /type\s*=\s*["']?module/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /rel\s*=\s*["']?modulepreload/i.test(tag);
    const url = /(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if ((isScript || isPreload) && url && !/^https?:/i.test(url)) urls.add(url);
  }
  return [...urls];
}

export function initialJsGzipKb(dir: string, page: string): { kb: number; files: string[] } {
  const html = readFileSync(resolve(dir, page), 'utf8');
  const files = initialScripts(html);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(resolve(dir, f.replace(/^\.?\//, '')))).length, 0);
  return { kb: Math.round((bytes / 1024) * 10) / 10, files };
}

/** A build made under NODE_ENV=test/development (e.g. from inside vitest) carries React's dev runtime. */
function isDevelopmentBuild(dir: string): boolean {
  const html = readFileSync(resolve(dir, 'taskpane.html'), 'utf8');
  return initialScripts(html).some((f) => /jsxDEV|jsx-dev-runtime/.test(readFileSync(resolve(dir, f.replace(/^\.?\//, '')), 'utf8')));
}

export default async function bench(): Promise<BenchFigure[]> {
  let dir = process.env.MG_DIST_DIR ?? distDir;
  if (!existsSync(resolve(dir, 'taskpane.html'))) throw new Error(`${dir}/taskpane.html not found: run npm run build`);
  let note = '';
  let scratch: string | null = null;
  if (isDevelopmentBuild(dir)) {
    // Measuring a development bundle would report React's dev build; make a production one aside.
    scratch = mkdtempSync(resolve(tmpdir(), 'mg-pane-'));
    const run = spawnSync('npx', ['vite', 'build', '--outDir', scratch, '--emptyOutDir'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'ignore',
    });
    if (run.status !== 0) throw new Error('dist/app is a development build and a production rebuild failed');
    dir = scratch;
    note = ', production rebuild';
  }
  try {
    const { kb, files } = initialJsGzipKb(dir, 'taskpane.html');
    return [{ figure: `task pane initial JS (gzip, ${files.length} files${note})`, value: kb, unit: 'KB', target: '≤ 150 KB', ok: kb <= 150 }];
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
