import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Text types a static host compresses (Netlify and Cloudflare Pages both do). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

/**
 * Serves a built site from `root` on a free loopback port, the way a static host does:
 * `/page/` → `/page/index.html`, unknown paths → `/404.html` with status 404, and text compressed
 * with gzip for a client that accepts it (so the benchmark's Lighthouse sees the bytes a reader
 * would download, not the raw files).
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // normalize() folds "..": a request can never leave root.
    const relative = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    if (relative.endsWith('/')) file = join(file, 'index.html');
    let status = 200;
    if (!(await isFile(file))) {
      if (await isFile(join(file, 'index.html'))) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(root, '404.html');
      status = 404;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.end(gzipSync(body, { level: 9 }));
      return;
    }
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
