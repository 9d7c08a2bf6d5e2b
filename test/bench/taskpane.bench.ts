// Task pane initial JS: what taskpane.html loads before the pane can show a verdict (its module script
// and every modulepreload), gzip-compressed as served. Budget 150 KB: sign-in and Graph stay lazy.
import { existsSync, readFileSync } from 'node:fs';
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

export default async function bench(): Promise<BenchFigure[]> {
  const dir = process.env.MG_DIST_DIR ?? distDir;
  if (!existsSync(resolve(dir, 'taskpane.html'))) throw new Error(`${dir}/taskpane.html not found: run npm run build`);
  const { kb, files } = initialJsGzipKb(dir, 'taskpane.html');
  return [{ figure: `task pane initial JS (gzip, ${files.length} files)`, value: kb, unit: 'KB', target: '≤ 150 KB', ok: kb <= 150 }];
}
