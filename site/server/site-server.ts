/**
 * A static server for dist/: files as they are on disk at each request (so a rebuild shows
 * without a restart), a 301 to the trailing-slash form of every page path (the canonical one),
 * and the site's 404 page with status 404; text (HTML, CSS, JS, JSON, XML, SVG) is sent gzipped to
 * browsers that accept it, as static hosts do. Every answer carries the headers of dist/_headers
 * (the security headers the build writes; those of site/server/security-headers.ts when the
 * folder has no such file) and a `LinkChecker` header, Debian's linkchecker's sign that a server
 * may be crawled faster than its default 10 requests a second (the test suite checks the served
 * site with it). A malformed or escaping path is answered with 400 and the server keeps running;
 * nothing outside the folder is ever sent (request-path.ts).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import { contentTypeOf } from './content-types.ts';
import { decodeRequestPath, fileInside } from './request-path.ts';
import { headersFor, siteSecurityHeaders } from './security-headers.ts';

export function createSiteServer(dir: string): Server {
  // compression is connect-style middleware; its types name Express's request and response.
  const gzip = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  return createServer((req, res) => gzip(req, res, () => {
    try {
      answer(dir, req, res);
    } catch (error) {
      // One bad request never ends the server.
      console.error(`${req.method} ${req.url}: ${(error as Error).message}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Interne fout');
    }
  }));
}

function answer(dir: string, req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('LinkChecker', 'unthrottled');
  const target = req.url ?? '/';
  const query = target.indexOf('?');
  const rawPath = query < 0 ? target : target.slice(0, query);
  const search = query < 0 ? '' : target.slice(query);
  const page = decodeRequestPath(rawPath);
  for (const [name, value] of Object.entries(securityHeaders(dir, page.ok ? page.path : '/'))) res.setHeader(name, value);
  if (!page.ok) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Ongeldig adres');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Alleen lezen');
    return;
  }
  if (!page.path.endsWith('/') && !path.extname(page.path) && fileInside(dir, `${page.path}/`)) {
    res.writeHead(301, { Location: `${rawPath}/${search}` }).end();
    return;
  }
  const file = fileInside(dir, page.path);
  if (!file) {
    const notFound = fileInside(dir, '/404.html');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : notFound ? readFileSync(notFound) : 'Niet gevonden');
    return;
  }
  send(req, res, file);
}

function send(req: IncomingMessage, res: ServerResponse, file: string): void {
  const stats = statSync(file);
  const etag = `W/"${stats.size}-${stats.mtime.getTime()}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag }).end();
    return;
  }
  const { type, encoding } = contentTypeOf(file);
  res.writeHead(200, {
    'Content-Type': type,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    'Content-Length': stats.size,
    'Last-Modified': stats.mtime.toUTCString(),
    ETag: etag,
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  // A file deleted between the stat and the read ends this answer, not the server.
  else createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

/** The headers dist/_headers gives the path, read again when the build rewrote it. */
let cached: { file: string; stamp: string; text: string } | undefined;
function securityHeaders(dir: string, pathname: string): Record<string, string> {
  const file = path.join(dir, '_headers');
  if (!existsSync(file)) return siteSecurityHeaders();
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}-${size}`;
  if (cached?.file !== file || cached.stamp !== stamp) cached = { file, stamp, text: readFileSync(file, 'utf8') };
  return headersFor(cached.text, pathname);
}

/** Starts the server; port 0 picks a free one. Resolves with its base URL. */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(`http://${host}:${typeof address === 'object' && address ? address.port : port}`);
    });
  });
}
