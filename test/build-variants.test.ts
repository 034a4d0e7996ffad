/**
 * Builds of other content or configuration than the sample site's: a newsletter form address,
 * content that breaks the contract, Markdown rendered without MDX, a broken internal link.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFragment, serialize } from 'parse5';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { checkContent, formatViolation } from '../contract/index.ts';
import { needsMdx } from '../site/lib/content-loader.ts';
import { escapeHtml } from './support/escape-html.ts';
import { runAstroBuild as buildSite } from '../site/build/astro-build.ts';
import { copyOfSampleContent, validPracticeExample, writeDocument } from './support/content-fixture.ts';

const dist = inject('siteDir');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const htmlOf = (route: string) => read(path.join(route, 'index.html'));

describe('the newsletter sign-up', () => {
  it('explains sign-up by e-mail, without a form, when NEWSLETTER_FORM_ACTION is unset', () => {
    const html = htmlOf('/nieuwsbrief/');
    expect(html).toContain('href="mailto:nieuwsbrief@schoolnabij.nl?subject=Aanmelden"');
    expect(html).not.toContain('<form');
  });

  it('posts a form with an e-mail field and a required consent to NEWSLETTER_FORM_ACTION', async () => {
    const action = 'https://lijst.example.nl/aanmelden?lijst=schoolnabij&bron=site';
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-newsletter-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const out = path.join(root, 'dist');
    const result = await buildSite({ outDir: out, env: { NEWSLETTER_FORM_ACTION: action } });
    expect(result.code, result.output).toBe(0);
    const html = readFileSync(path.join(out, 'nieuwsbrief', 'index.html'), 'utf8');
    const form = html.slice(html.indexOf('<form'), html.indexOf('</form>') + '</form>'.length);
    expect(form).toMatch(new RegExp(`<form[^>]* method="post"[^>]* action="${escapeHtml(action).replace(/[.?]/g, '\\$&')}"`));
    expect(form).toMatch(/<input id="nieuwsbrief-email" type="email" name="email"[^>]* required/);
    expect(form).toContain('<label for="nieuwsbrief-email">E-mailadres</label>');
    expect(form).toMatch(/<input id="nieuwsbrief-toestemming" type="checkbox" name="consent"[^>]* required/);
    expect(form).toContain('<label for="nieuwsbrief-toestemming">');
    expect(form).toContain('<button type="submit">Aanmelden</button>');
    expect(html).not.toContain('mailto:nieuwsbrief@schoolnabij.nl?subject=Aanmelden');
    // No third-party script or pixel comes with it.
    // No script and no outside image; the JSON-LD breadcrumbs are data, not a script that runs.
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")|<img[^>]*src="https?:/);
  });

  it('refuses a NEWSLETTER_FORM_ACTION that is not https, naming it', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-newsletter-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const out = path.join(root, 'dist');
    const result = await buildSite({ outDir: out, env: { NEWSLETTER_FORM_ACTION: 'http://lijst.example.nl/aanmelden' } });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('NEWSLETTER_FORM_ACTION must be an https URL');
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});

describe('a build of content that breaks the contract', () => {
  it('fails with the same one-line messages as check:content', async () => {
    const dir = copyOfSampleContent();
    writeDocument(dir, 'practice-examples', 'kapot', { ...validPracticeExample(dir), sectors: ['havo'], ageMin: 16, ageMax: 12 });
    const expected = checkContent(dir).violations.map(formatViolation);
    expect(expected).toHaveLength(2);
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-broken-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const out = path.join(root, 'dist');
    const result = await buildSite({ outDir: out, contentDir: dir });
    expect(result.code).not.toBe(0);
    for (const line of expected) expect(result.output).toContain(line);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});

describe('Markdown bodies, rendered without MDX', () => {
  // Bodies without components skip the MDX compiler (site/lib/content-loader.ts); the same
  // Markdown must come out the same as when MDX compiles it (here forced by a trailing Callout).
  const body = [
    '## Aanleiding en doel',
    '',
    'Een **school** en een *jeugdhulpaanbieder* werken samen, zie [het thema](/themas/) of [de inspectie](https://www.onderwijsinspectie.nl/).',
    'Ouders zeiden: "het werkt" -- en dat is \\{niet\\} niets; de leerkracht noemde het \'eindelijk\' & 100% \\<beter\\>.',
    '',
    '### Wie doen mee',
    '',
    '1. De intern begeleider',
    '2. De jeugdhulpverlener, met:',
    '   - een vast spreekuur',
    '   - ~~wachtlijsten~~ korte lijnen',
    '',
    '> Een citaat van een wethouder.',
    '',
    '| Wie | Wat |',
    '| --- | --- |',
    '| School | Signaleert |',
    '',
    'Code als `<b>` of `{x}` blijft tekst, net als www.schoolnabij.nl.  ',
    'Een harde regelovergang.',
    '',
    '```',
    'a < b && {c}',
    '```',
    '',
  ].join('\n');

  it('comes out as the MDX compiler renders the same Markdown', async () => {
    expect(needsMdx(body)).toBe(false);
    const dir = copyOfSampleContent();
    const example = validPracticeExample(dir);
    writeDocument(dir, 'practice-examples', 'als-markdown', { ...example, title: 'Als Markdown' }, body);
    writeDocument(dir, 'practice-examples', 'als-mdx', { ...example, title: 'Als MDX' }, `${body}\n<Callout title="Tip">\nTekst.\n</Callout>\n`);
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-markdown-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const result = await buildSite({ outDir: path.join(root, 'dist'), contentDir: dir });
    expect(result.code, result.output).toBe(0);
    const prose = (slug: string) => {
      const html = readFileSync(path.join(root, 'dist', 'praktijkvoorbeelden', slug, 'index.html'), 'utf8');
      // The body ends where the share links (or, on a page, the article) begin.
      const inner = /<div class="prose">([\s\S]*?)<\/div>\s*(?:<section class="share"|<\/article>)/.exec(html)?.[1] ?? '';
      // Serialized by parse5 alike, so that only differences in the markup itself count; MDX
      // writes the code block's inline style as "a: b;", Markdown as "a:b".
      return serialize(parseFragment(inner.replace(/<aside class="callout">[\s\S]*<\/aside>/, '')))
        .replace(/>\s+</g, '><')
        .replace(/style="([^"]*)"/g, (_, css: string) => `style="${css.replace(/\s+/g, '').replace(/;$/, '')}"`)
        .trim();
    };
    const markdown = prose('als-markdown');
    expect(markdown).toContain('<h2 id="aanleiding-en-doel">');
    expect(markdown).toContain('<table>');
    expect(markdown).toContain('“het werkt”');
    expect(markdown).toContain('{niet}');
    expect(markdown).toBe(prose('als-mdx'));
  });
});

describe('a build of content with a broken internal link', () => {
  it('fails, naming the page and the link', async () => {
    const dir = copyOfSampleContent();
    appendFileSync(path.join(dir, 'practice-examples', '2sur5-en-pleysier-college.mdx'), '\nZie ook [dit thema](/themas/bestaat-niet/) en [deze pagina](/over).\n');
    const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-broken-link-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const result = await buildSite({ outDir: path.join(root, 'dist'), contentDir: dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('2 broken link(s)');
    expect(result.output).toContain(`${root}/dist/praktijkvoorbeelden/2sur5-en-pleysier-college/index.html: broken link /themas/bestaat-niet/ (link)`);
    expect(result.output).toContain(`${root}/dist/praktijkvoorbeelden/2sur5-en-pleysier-college/index.html: broken link /over (link): no trailing slash: the page is /over/`);
  });
});
