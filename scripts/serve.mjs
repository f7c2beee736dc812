// A small static server for the exported site (out/), with gzip, as a static
// host serves it. Usage: node scripts/serve.mjs [dir] [--port 3000] [--base /course]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.u8': 'application/octet-stream',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.wasm',
  '.u8',
  '.map',
]);

export function startServer({ dir = 'out', port = 0, base = '', host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const cache = new Map();
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (base && !path.startsWith(`${base}/`) && path !== base) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    path = path.slice(base.length) || '/';
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(308, { location: `${base}${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
    }
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const key = `${file}|${gzip}`;
    let body = cache.get(key);
    if (!body) {
      body = readFileSync(file);
      if (gzip) body = gzipSync(body, { level: 9 });
      cache.set(key, body);
    }
    res.writeHead(status, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': path.includes('/_next/static/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({
        server,
        url: `http://${host}:${actual}${base}/`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      base: { type: 'string', default: '' },
    },
  });
  const dir = positionals[0] ?? 'out';
  const { url } = await startServer({
    dir,
    port: Number(values.port),
    base: values.base.replace(/\/$/, ''),
  });
  console.log(`Serving ${dir}/ at ${url} (Ctrl+C to stop)`);
}
