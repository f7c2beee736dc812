// A small static server for the exported site (out/), compressed as a static host serves
// it: Brotli when the browser takes it (as hosts that precompress their files serve them),
// gzip otherwise. Each file is compressed once and kept until it changes on disk.
// Usage: node scripts/serve.mjs [dir] [--port 3000] [--base /course]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';

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

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to send a file of this extension in, from the request's Accept-Encoding. */
export function encodingFor(ext, acceptEncoding = '') {
  if (!COMPRESSIBLE.has(ext)) return null;
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return null;
}

/**
 * brotliQuality: 11 (the default) is what a host that precompresses its files serves; a lower
 * quality compresses a large page in milliseconds instead of half a second, for tests that
 * do not measure transfer sizes.
 */
export function startServer({
  dir = 'out',
  port = 0,
  base = '',
  host = '127.0.0.1',
  brotliQuality = 11,
} = {}) {
  const root = resolve(dir);
  const cache = new Map();
  const compress = (body, encoding) =>
    encoding === 'br'
      ? brotliAsync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : gzipAsync(body, { level: 9 });
  const server = createServer(async (req, res) => {
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
    const encoding = encodingFor(ext, req.headers['accept-encoding']);
    const key = `${file}|${encoding}`;
    const changed = statSync(file).mtimeMs;
    // The promise is kept, so requests that arrive while a file is compressed share one compression.
    let pending = cache.get(key)?.changed === changed ? cache.get(key).body : undefined;
    if (!pending) {
      const raw = readFileSync(file);
      pending = encoding ? compress(raw, encoding) : Promise.resolve(raw);
      cache.set(key, { changed, body: pending });
    }
    let body;
    try {
      body = await pending;
    } catch (error) {
      cache.delete(key);
      res.writeHead(500).end(`could not compress ${path}: ${error.message}`);
      return;
    }
    res.writeHead(status, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': path.includes('/_next/static/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...(COMPRESSIBLE.has(ext) ? { vary: 'accept-encoding' } : {}),
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
