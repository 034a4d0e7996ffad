/**
 * Hostile content, from content/ to the page a visitor opens. What the contract refuses,
 * `npm run check:content` and the build refuse, naming the file and the field; what an editor
 * typed as text (escaped as the exporter escapes it) is built into a real site, opened in
 * Chromium, and stays text: no dialog, no link to click, no request to another origin.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMdxText } from '../cms/mdx-escape.ts';
import { documentPath } from '../contract/index.ts';
import { runAstroBuild } from '../site/build/astro-build.ts';
import { createSiteServer, listen } from '../site/server/site-server.ts';
import { launchBrowser } from './support/browser.ts';
import { validPracticeExample } from './support/content-fixture.ts';

const work = mkdtempSync(path.join(tmpdir(), 'schoolnabij-hostile-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sampleCopy(name: string): string {
  const dir = path.join(work, name, 'content');
  cpSync(path.resolve('content'), dir, { recursive: true, dereference: true });
  return dir;
}
const write = (dir: string, slug: string, frontmatter: Record<string, unknown>, body: string) => {
  const file = path.join(dir, 'practice-examples', `${slug}.mdx`);
  writeFileSync(file, `---\n${yaml.dump(frontmatter)}---\n\n${body}\n`);
  return file;
};

describe('content that must not reach a page is refused, naming the file and the field', () => {
  /** slug, body or frontmatter change, and the violation after "<file>: ". */
  const REFUSED: { slug: string; body?: string; attachments?: unknown; link?: string; violation: RegExp }[] = [
    { slug: 'javascript-link', body: '[Lees het verslag](javascript:alert(document.domain))', violation: /^body: line \d+: link "javascript:alert\(document\.domain\)" uses javascript:/ },
    { slug: 'javascript-link-in-callout', body: '<Callout title="Tip">\n[Lees het verslag](javascript:alert(document.domain))\n</Callout>', violation: /^body: line \d+: link "javascript:alert\(document\.domain\)" uses javascript:/ },
    { slug: 'data-link', body: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', violation: /^body: line \d+: link "data:text\/html;base64,[^"]+" uses data:/ },
    { slug: 'protocol-relative-link', body: '[x](//evil.example/)', violation: /^body: line \d+: link "\/\/evil\.example\/" points at the host "evil\.example"/ },
    { slug: 'escaped-backtick', body: '\\`<script>alert(document.domain)</script>`', violation: /^body: line \d+: <script> is not allowed/ },
    { slug: 'fence-that-is-no-fence', body: '``` a`b\n\n<script>alert(document.domain)</script>', violation: /^body: line \d+: <script> is not allowed/ },
    { slug: 'html-comment', body: 'Tekst <!-- <script>alert(document.domain)</script> -->', violation: /^body: line \d+: cannot be read as MDX: / },
    { slug: 'event-attribute', body: '<Callout title="Tip" onclick="alert(document.domain)">x</Callout>', violation: /^body: line \d+: <Callout onclick> is not an attribute of <Callout>/ },
    { slug: 'image-outside-media', body: '![x](../../../../../../etc/passwd)', violation: /^body: line \d+: image "(\.\.\/)+etc\/passwd" is outside content\/media\// },
    { slug: 'attachment-outside-media', attachments: [{ title: 'Wachtwoorden', src: 'media/../../etc/passwd' }], violation: /^attachments\.0\.src: expected a path under content\/media\// },
  ];
  let dir: string;
  const files = new Map<string, string>();
  let check: { status: number | null; stderr: string };
  let build: { code: number; output: string };

  beforeAll(async () => {
    dir = sampleCopy('refused');
    const base = validPracticeExample(dir);
    for (const c of REFUSED) {
      files.set(c.slug, write(dir, c.slug, { ...base, title: `Vijandig: ${c.slug}`, ...(c.attachments ? { attachments: c.attachments } : {}) }, c.body ?? 'Tekst.'));
    }
    mkdirSync(path.join(dir, 'media', 'sub'));
    symlinkSync('/etc', path.join(dir, 'media', 'etc'));
    symlinkSync('/etc/passwd', path.join(dir, 'media', 'sub', 'passwd.pdf'));
    check = spawnSync(process.execPath, ['scripts/check-content.ts', dir], { encoding: 'utf8' });
    build = await runAstroBuild({ outDir: path.join(work, 'refused', 'dist'), contentDir: dir });
  }, 300_000);

  it.each(REFUSED)('refuses $slug in npm run check:content and in the build', ({ slug, violation }) => {
    const file = files.get(slug)!;
    const line = (output: string) => output.split('\n').map((l) => l.trim()).find((l) => l.startsWith(`${file}: `))?.slice(file.length + 2);
    expect(check.status).toBe(1);
    expect(line(check.stderr)).toMatch(violation);
    expect(build.code).not.toBe(0);
    expect(line(build.output)).toMatch(violation);
  });

  it.each(['media/etc', 'media/sub/passwd.pdf'])('refuses the symbolic link %s', (at) => {
    const message = `${path.join(dir, at)}: is a symbolic link; content/ may hold only files and folders of its own (put the file itself here)`;
    expect(check.stderr).toContain(message);
    expect(build.output).toContain(message);
  });
});

describe('text an editor typed stays text on the page', () => {
  /** What the editor typed, and what the visitor must read. */
  const TYPED = [
    '[Lees het verslag](javascript:alert(document.domain))',
    '![logo](https://evil.example/logo.png)',
    '<script>alert(document.domain)</script>',
    '<img src=x onerror=alert(document.domain)>',
    '{alert(document.domain)}',
    '[klik][a]\n[a]: javascript:alert(document.domain)',
    '*nadruk* # kop `code` | tabel',
  ];
  /** Written by hand in content/, and inert: code, character references, escapes. */
  const HAND_WRITTEN: [string, string][] = [
    ['`<script>alert(document.domain)</script>`', '<script>alert(document.domain)</script>'],
    ['```html\n<script>alert(document.domain)</script>\n```', '<script>alert(document.domain)</script>'],
    ['&lt;script&gt;alert(document.domain)&lt;/script&gt;', '<script>alert(document.domain)</script>'],
    ['\\[x\\](javascript:alert(document.domain))', '[x](javascript:alert(document.domain))'],
  ];
  /** Each input on a page of its own: as a paragraph and as a Callout's text, as the exporter writes them. */
  const PAGES: { slug: string; body: string; shown: string }[] = [
    ...TYPED.flatMap((typed, i) => [
      { slug: `getypt-${i + 1}`, body: escapeMdxText(typed), shown: typed },
      { slug: `kader-${i + 1}`, body: `<Callout title="Let op">\n${escapeMdxText(typed, { listItems: true })}\n</Callout>`, shown: typed },
    ]),
    ...HAND_WRITTEN.map(([body, shown], i) => ({ slug: `met-de-hand-${i + 1}`, body, shown })),
  ];
  /** A title that would end the JSON-LD script element and run its own, if written raw. */
  const HOSTILE_TITLE = '</script><script>alert(document.domain)</script><!-- & "x" \u2028 -->';
  const HOSTILE_TITLE_SLUG = 'vijandige-titel';
  let build: { code: number; output: string };
  let server: Server;
  let base: string;
  let browser: Browser;
  let out: string;

  beforeAll(async () => {
    const dir = sampleCopy('inert');
    const frontmatter = validPracticeExample(dir);
    PAGES.forEach(({ slug, body }, i) => write(dir, slug, { ...frontmatter, title: `Tekst blijft tekst ${i + 1}` }, body));
    write(dir, HOSTILE_TITLE_SLUG, { ...frontmatter, title: HOSTILE_TITLE, seoDescription: HOSTILE_TITLE }, 'Tekst.');
    out = path.join(work, 'inert', 'dist');
    build = await runAstroBuild({ outDir: out, contentDir: dir });
    if (build.code !== 0) return;
    server = createSiteServer(out);
    base = await listen(server, 0);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it.each(PAGES)('shows $slug as text: no dialog, no link, no request elsewhere', async ({ slug, shown }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    const elsewhere: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(base).origin) elsewhere.push(request.url());
    });
    try {
      await page.goto(new URL(documentPath('practice-examples', slug), base).href);
      const prose = page.locator('.prose');
      // An address written out (https://…) is linked to itself, as GFM does: the text is as typed,
      // and the visitor sees where it goes. Any other link is made of the text, and must not exist.
      const anchors = await prose.locator('a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
      const literal = ({ href, text }: { href: string; text: string }) => /^https?:\/\//.test(href) && [text, `http://${text}`].includes(href);
      // Click every other link, as a visitor would; a javascript: link would run here.
      for (const [i, anchor] of anchors.entries()) {
        if (!literal(anchor)) await prose.locator('a').nth(i).click({ noWaitAfter: true }).catch(() => {});
      }
      await page.waitForTimeout(200);
      expect(anchors.filter((a) => !literal(a))).toEqual([]);
      expect(await prose.locator('script, img, iframe, object, embed, svg').count()).toBe(0);
      // The text as typed; a line of its own is a space on the page.
      expect((await prose.innerText()).replace(/\s+/g, ' ')).toContain(shown.replace(/\s+/g, ' '));
      expect(dialogs).toEqual([]);
      expect(elsewhere).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps a hostile title text in the meta tags and the JSON-LD, which parses, and runs nothing', async () => {
    const html = readFileSync(path.join(out, 'praktijkvoorbeelden', HOSTILE_TITLE_SLUG, 'index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as { '@type': string; headline?: string }[]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.find((d) => d['@type'] === 'Article')?.headline).toBe(HOSTILE_TITLE);
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await page.goto(new URL(documentPath('practice-examples', HOSTILE_TITLE_SLUG), base).href);
      expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(HOSTILE_TITLE);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(HOSTILE_TITLE);
      // Only the copy-link script runs; the title's <script> is text inside the data block.
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(1);
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
