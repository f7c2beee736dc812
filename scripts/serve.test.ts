import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { encodingFor, startServer } from './serve.mjs';

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

function request(url: string, acceptEncoding?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('encodingFor', () => {
  test('prefers Brotli, then gzip, for text; never compresses a font', () => {
    expect(encodingFor('.html', 'gzip, deflate, br, zstd')).toBe('br');
    expect(encodingFor('.js', 'gzip, deflate')).toBe('gzip');
    expect(encodingFor('.css', '')).toBeNull();
    expect(encodingFor('.woff2', 'gzip, br')).toBeNull();
  });
});

describe('the static server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  const page = '<!doctype html><p>' + 'a formula, then the same formula again. '.repeat(200);
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, '404.html'), 'missing');
    server = await startServer({ dir, brotliQuality: 5 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('sends Brotli to a browser that takes it, gzip to one that takes only gzip, and the file to others', async () => {
    const br = await request(server.url, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(br.body.length).toBeLessThan(page.length / 10);

    const gz = await request(server.url, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);

    const plain = await request(server.url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  test('serves a file again once it changes on disk (a rebuild while the server runs)', async () => {
    await request(server.url, 'br');
    const rebuilt = '<!doctype html><p>rebuilt';
    writeFileSync(join(dir, 'index.html'), rebuilt);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'index.html'), later, later);
    const again = await request(server.url, 'br');
    expect(brotliDecompressSync(again.body).toString()).toBe(rebuilt);
  });

  test('answers a missing page with the 404 page', async () => {
    const missing = await request(`${server.url}nowhere/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('missing');
  });
});
