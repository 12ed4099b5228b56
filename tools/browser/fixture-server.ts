/**
 * A local web server for the sample e-kinerja pages (test/extension/fixtures/): the extension tests,
 * `npm start`'s screenshots and the bench load them from 127.0.0.1, and every request is recorded.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { REPO_ROOT } from './test-extension';

export const FIXTURES_DIR = join(REPO_ROOT, 'test/extension/fixtures');

export interface RecordedRequest {
  url: string;
  method: string;
  /** 'page' for a tab or extension page, 'service-worker' for the background, 'server' on the fixture server. */
  from: 'page' | 'service-worker' | 'server';
}

export interface FixtureServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  url: (path: string) => string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 at a random port and records every request it receives. */
export async function startFixtureServer(dir: string = FIXTURES_DIR): Promise<FixtureServer> {
  const root = resolve(dir);
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '/', method: req.method ?? 'GET', from: 'server' });
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // browsers ask for it; a 404 would show up as a console error
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
