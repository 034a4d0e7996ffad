/**
 * The baseline: the same practice examples built by Hugo (Debian's `hugo`) with a minimal
 * equivalent layout (page with title, summary, body; a list page), without search indexing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseMdx } from '../contract/index.ts';

const LAYOUT_SINGLE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}</article></main></body></html>`;
const LAYOUT_LIST = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>`;

export function hugoAvailable(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split(' ').slice(0, 2).join(' ') : undefined;
}

/** Debian's hugo, installed with apt-get when missing and running as root (as on our machines). */
export function ensureHugo(log: (line: string) => void): string | undefined {
  const found = hugoAvailable();
  if (found || process.getuid?.() !== 0) return found;
  log('installing Debian\'s hugo for the baseline (apt-get install -y hugo)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'ignore', env });
  return hugoAvailable();
}

/** Writes the Hugo site for a content folder's practice examples; returns its folder. */
export function writeHugoSite(contentDir: string, root: string): string {
  const site = path.join(root, 'hugo');
  mkdirSync(path.join(site, 'layouts', '_default'), { recursive: true });
  mkdirSync(path.join(site, 'content', 'praktijkvoorbeelden'), { recursive: true });
  writeFileSync(path.join(site, 'hugo.toml'), 'baseURL = "https://schoolnabij.nl/"\nlanguageCode = "nl"\ntitle = "Schoolnabij"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n');
  writeFileSync(path.join(site, 'layouts', '_default', 'single.html'), LAYOUT_SINGLE);
  writeFileSync(path.join(site, 'layouts', '_default', 'list.html'), LAYOUT_LIST);
  const dir = path.join(contentDir, 'practice-examples');
  for (const name of readdirSync(dir)) {
    const { frontmatter, body } = parseMdx(readFileSync(path.join(dir, name), 'utf8'));
    const data = frontmatter as { title: string; summary: string; publishedAt: string | Date };
    const date = typeof data.publishedAt === 'string' ? data.publishedAt : data.publishedAt.toISOString().slice(0, 10);
    // Hugo renders Markdown; the two MDX components of the sample pages are left out of the baseline.
    const markdown = body.replace(/<(Callout|Figure)[\s\S]*?(<\/\1>|\/>)/g, '');
    writeFileSync(
      path.join(site, 'content', 'praktijkvoorbeelden', name.replace(/\.mdx$/, '.md')),
      `---\n${JSON.stringify({ title: data.title, summary: data.summary, date }, null, 1)}\n---\n${markdown}`,
    );
  }
  return site;
}

export function buildHugo(site: string): { ms: number; ok: boolean; output: string } {
  const started = performance.now();
  const result = spawnSync('hugo', ['--quiet', '--source', site, '--destination', path.join(site, 'public')], { encoding: 'utf8' });
  return { ms: performance.now() - started, ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
