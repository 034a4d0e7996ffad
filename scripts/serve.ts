/**
 * npm run serve: serves the built site in dist/ at http://localhost:4321 (PORT to change).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createSiteServer, listen } from '../site/server/site-server.ts';

const dir = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run "npm run build" first.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const url = await listen(createSiteServer(dir), port, process.env.HOST ?? 'localhost');
console.log(`Schoolnabij is served from ${path.relative(process.cwd(), dir) || '.'} at ${url}/ (Ctrl+C to stop)`);
