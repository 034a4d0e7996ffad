/**
 * npm run newsletter -- --since YYYY-MM-DD [--out <file>] [--site <dist folder>] [--content <folder>]
 * Composes a newsletter issue from the documents of content/ published on or after --since, and
 * writes it as <out>.html (inline styles only) and <out>.txt (the plain-text part). Writes nothing
 * when no document qualifies, when content/ breaks the contract, or when a link of the issue has
 * no page in the built site (default dist/; build it first with `npm run build`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, contentDir, formatViolation } from '../contract/index.ts';
import { composeNewsletter, DEFAULT_SITE_URL, isIsoDate } from './newsletter/compose.ts';
import { unresolvedLinks } from './newsletter/links.ts';
import { runCommand } from './lib/run-command.ts';

const USAGE = 'usage: npm run newsletter -- --since YYYY-MM-DD [--out newsletters/newsletter-<since>.html] [--site dist] [--content content]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

await runCommand('newsletter', () => {
  let values: { since?: string; out?: string; site?: string; content?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        since: { type: 'string' },
        out: { type: 'string' },
        site: { type: 'string' },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  const since = values.since;
  if (!since) fail(`--since is required (the first publication date of the issue, YYYY-MM-DD)\n${USAGE}`);
  if (!isIsoDate(since)) fail(`--since must be a date written YYYY-MM-DD (e.g. 2026-10-01), got "${since}"`);

  const content = values.content ? path.resolve(values.content) : contentDir();
  const siteDir = path.resolve(values.site ?? 'dist');
  const outBase = path.resolve(values.out ?? path.join('newsletters', `newsletter-${since}.html`)).replace(/\.(html?|txt)$/i, '');

  const check = checkContent(content);
  if (check.violations.length > 0) {
    for (const violation of check.violations) console.error(formatViolation(violation));
    fail(`\ncontent is not valid (${check.violations.length} violations); nothing written`);
  }

  const newsletter = composeNewsletter({ documents: check.documents, since, siteUrl: process.env.SITE_URL || DEFAULT_SITE_URL });
  if (newsletter.count === 0) fail(`nothing published on or after ${since} in ${path.relative(process.cwd(), content) || '.'}; nothing written`);

  const missing = unresolvedLinks(newsletter.links, siteDir);
  if (missing.length > 0) {
    for (const link of missing) console.error(`link does not resolve in ${path.relative(process.cwd(), siteDir) || '.'}: ${link.path} (${link.url})`);
    fail(`\n${missing.length} link${missing.length === 1 ? '' : 's'} without a page in the built site; build the site first (npm run build) or pass --site. Nothing written.`);
  }

  mkdirSync(path.dirname(outBase), { recursive: true });
  writeFileSync(`${outBase}.html`, newsletter.html);
  writeFileSync(`${outBase}.txt`, newsletter.text);
  const where = (file: string) => path.relative(process.cwd(), file);
  console.log(`"${newsletter.subject}": ${newsletter.count} item${newsletter.count === 1 ? '' : 's'} in ${newsletter.groups.map((g) => `${g.heading} (${g.items.length})`).join(', ')}`);
  console.log(`wrote ${where(`${outBase}.html`)} and ${where(`${outBase}.txt`)}`);
});
