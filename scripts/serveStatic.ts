// A small static file server for the built app (dist/app) with a few dynamic JSON routes and a local
// stand-in for office.js. Used by `npm start` and by the browser suites, so both exercise the same built bundles.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import {
  OFFICE_JS_SHIM,
  OFFICE_JS_SHIM_PATH,
  withOfficeJsShim,
} from '../src/adapters/fakes/office/officeJsShim';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticOptions {
  /** Directories searched in order; `mounts` maps a URL prefix to another directory. */
  root: string;
  mounts?: Record<string, string>;
  /** JSON answered for exact paths, e.g. /workbench-config.json. */
  json?: Record<string, () => unknown>;
  /** URL prefix → upstream origin, e.g. { '/graph': 'http://127.0.0.1:4000' }: pages reach the Graph
   * emulator same-origin, as they reach graph.microsoft.com through CORS in production. */
  proxy?: Record<string, string>;
  port?: number;
  host?: string;
}

function resolveInside(base: string, urlPath: string): string | null {
  const target = normalize(join(base, urlPath));
  return target === base || target.startsWith(base.endsWith(sep) ? base : base + sep) ? target : null;
}

function forward(req: IncomingMessage, res: ServerResponse, upstream: string, path: string): void {
  const target = new URL(path, upstream);
  const out = request(
    target,
    { method: req.method, headers: { ...req.headers, host: target.host } },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  out.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        error: { code: 'BadGateway', message: 'The local Graph emulator is not reachable.' },
      }),
    );
  });
  req.pipe(out);
}

export function serveStatic(opts: StaticOptions): Promise<StaticServer> {
  const root = resolve(opts.root);
  const mounts = Object.entries(opts.mounts ?? {}).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    for (const [prefix, upstream] of Object.entries(opts.proxy ?? {})) {
      if (path === prefix || path.startsWith(prefix + '/')) {
        forward(req, res, upstream, (req.url ?? '/').slice(prefix.length) || '/');
        return;
      }
    }
    // office.js: pages name Microsoft's CDN (required there in production); here they get a local stand-in.
    if (path === OFFICE_JS_SHIM_PATH) {
      res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' }).end(OFFICE_JS_SHIM);
      return;
    }
    const dynamic = opts.json?.[path];
    if (dynamic) {
      res.writeHead(200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
      res.end(JSON.stringify(dynamic()));
      return;
    }
    let base = root;
    let rest = path;
    for (const [prefix, dir] of mounts) {
      if (path.startsWith(prefix)) {
        base = dir;
        rest = path.slice(prefix.length) || '/';
        break;
      }
    }
    let file = resolveInside(base, rest);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(file).toLowerCase();
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (ext === '.html') res.end(withOfficeJsShim(readFileSync(file, 'utf8')));
    else createReadStream(file).pipe(res);
  };
  return new Promise((ok, fail) => {
    const server = createServer(handle);
    server.once('error', fail);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      ok({
        url: `http://${opts.host === '0.0.0.0' ? 'localhost' : 'localhost'}:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
