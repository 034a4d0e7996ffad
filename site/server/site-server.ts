/**
 * A static server for dist/: files as they are on disk at each request (so a rebuild shows
 * without a restart), a 301 to the trailing-slash form of every page path (the canonical one),
 * and the site's 404 page with status 404; text (HTML, CSS, JS, JSON, XML, SVG) is sent gzipped to
 * browsers that accept it, as static hosts do. Every answer carries a `LinkChecker` header, Debian's
 * linkchecker's sign that a server may be crawled faster than its default 10 requests a second
 * (the test suite checks the served site with it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export function createSiteServer(dir: string): Server {
  const files = sirv(dir, { dev: true, etag: true });
  // compression is connect-style middleware; its types name Express's request and response.
  const gzip = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const notFound = path.join(dir, '404.html');
  return createServer((req, res) => gzip(req, res, () => {
    res.setHeader('LinkChecker', 'unthrottled');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = decodeURIComponent(url.pathname);
    if (!page.endsWith('/') && !path.extname(page) && existsSync(path.join(dir, page, 'index.html'))) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Niet gevonden');
    });
  }));
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
