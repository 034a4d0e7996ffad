/**
 * The peers the benchmark compares with, built by Debian's `hugo`:
 *
 * - the fair peer (writeHugoSite, buildHugoPagefind): the same page set as ours from the same
 *   content/: every document's detail page with the same visible parts (kind, title, dates,
 *   summary, theme links, for practice examples the fact box: sectors, ages, region with
 *   municipalities, organisations with their kind, website, funding, status, contact; body,
 *   attachments, links, related), the same invisible Pagefind markup (data-pagefind-body, the
 *   filters thema, regio, onderwijstype, leeftijd, soort, jaar with the values our facetsOf
 *   gives, sort and meta), listings per kind paged 8 a page, theme and region pages paged 8 a
 *   page (Hugo taxonomies `themes` and `regions`), an RSS feed for the site and per kind, and a
 *   sitemap; then the output indexed by Pagefind with the same options and glob as
 *   site/integrations/pagefind-index.ts, plus our facet file. Labels (sectors, funding, people,
 *   ...) are looked up by Hugo's templates from data files, as our components look them up.
 * - the minimal peer (writeMinimalHugoSite): the practice examples with title, summary and body
 *   and one list page, no taxonomies, feeds, sitemap or search index; kept for continuity.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {
  ARTICLE_COLLECTIONS,
  COLLECTION_INFO,
  COLLECTIONS,
  FUNDING_LABELS,
  loadTaxonomy,
  ORGANISATION_KIND_LABELS,
  parseMdx,
  SECTOR_LABELS,
  STATUS_LABELS,
  type Collection,
  type Person,
  type Region,
  type Theme,
} from '../contract/index.ts';
import { indexedFragments } from '../site/build/pagefind-fragments.ts';
import { writeFacetFile } from '../site/integrations/facet-file.ts';
import { facetsOf, FILTERS } from '../site/lib/search-facets.ts';
import { ensureDebianPackage } from './debian.ts';

export function hugoAvailable(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split(' ').slice(0, 2).join(' ') : undefined;
}

/** Debian's hugo, installed with apt-get when missing and running as root (as on our machines). */
export function ensureHugo(log: (line: string) => void): string | undefined {
  ensureDebianPackage('hugo', () => hugoAvailable() !== undefined, log);
  return hugoAvailable();
}

/** The same glob as site/integrations/pagefind-index.ts: the files that can be documents. */
const DOCUMENT_GLOB = `{*,{${ARTICLE_COLLECTIONS.map((c) => COLLECTION_INFO[c].route).join(',')}}/*}/index.html`;

const CONFIG = `baseURL = "https://schoolnabij.nl/"
languageCode = "nl-nl"
defaultContentLanguage = "nl"
title = "Schoolnabij"
paginate = 8
buildFuture = true
disableKinds = ["robotsTXT"]
[taxonomies]
  theme = "themes"
  region = "regions"
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML"]
[markup.goldmark.renderer]
  unsafe = true
`;

const BASEOF = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} – {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ .Params.description }}{{ end }}">
<link rel="alternate" type="application/rss+xml" href="/index.xml">
<link rel="canonical" href="{{ .Permalink }}">
</head>
<body>
<a class="skip" href="#inhoud">Naar de inhoud</a>
<header class="site-header"><a href="/">{{ site.Title }}</a>
<nav aria-label="Hoofdmenu"><ul>
{{- range site.Data.labels.kinds }}{{ if .route }}<li><a href="/{{ .route }}/">{{ .plural }}</a></li>{{ end }}{{ end -}}
<li><a href="/themes/">Thema's</a></li><li><a href="/regions/">Regio's</a></li><li><a href="/zoeken/">Zoeken</a></li>
</ul></nav></header>
<main id="inhoud">{{ block "main" . }}{{ end }}</main>
<footer class="site-footer"><p>{{ site.Title }}: samenwerking tussen onderwijs en jeugdhulp.</p></footer>
</body>
</html>
`;

const CARD = `<article class="card">
<p class="card__kind">{{ (index site.Data.labels.kinds .Params.collection).label }}</p>
<h2 class="card__title"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p class="card__date"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time></p>
<p class="card__summary">{{ .Params.summary }}</p>
</article>`;

/** A listing page's cards, 8 a page (Hugo's paginate), and the page links. */
const CARDS = `<ul class="cards">{{ range .Paginator.Pages }}<li>{{ partial "card.html" . }}</li>{{ else }}<li class="muted">Hier staat nog niets.</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}`;

const SINGLE = `{{ define "main" }}{{ $labels := site.Data.labels }}
<article class="wrap document" data-pagefind-body>
<div hidden>
{{- range .Params.filters }}<span data-pagefind-filter="{{ . }}"></span>{{ end -}}
<span data-pagefind-sort="datum:{{ .Date.Format "2006-01-02" }}"></span>
<span data-pagefind-meta="date:{{ .Date.Format "2006-01-02" }}"></span>
<span data-pagefind-meta="soort:{{ (index $labels.kinds .Params.collection).label }}"></span>
{{- with .GetTerms "themes" }}<span data-pagefind-meta="themas:{{ range $i, $t := . }}{{ if $i }} {{ end }}{{ $t.Title }}{{ end }}"></span>{{ end }}
</div>
<header class="document__header">
{{ with (index $labels.kinds .Params.collection) }}{{ if .route }}<p class="eyebrow" data-pagefind-ignore><a href="/{{ .route }}/">{{ .label }}</a></p>{{ end }}{{ end }}
<h1 data-pagefind-meta="title" data-pagefind-weight="10">{{ .Title }}</h1>
<p class="document__dates muted" data-pagefind-ignore>Gepubliceerd op <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time>
{{- with .Params.updated }}, bijgewerkt op <time datetime="{{ . }}">{{ time.AsTime . | time.Format ":date_long" }}</time>{{ end }}</p>
<p class="lead" data-pagefind-meta="summary">{{ .Params.summary }}</p>
<div data-pagefind-ignore><ul class="tags">{{ range .GetTerms "themes" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></div>
</header>
{{ if eq .Params.collection "practice-examples" }}
<section class="facts" aria-labelledby="feiten"><h2 id="feiten">In het kort</h2><dl>
<div><dt data-pagefind-ignore>Onderwijstype</dt><dd>{{ range $i, $s := .Params.sectors }}{{ if $i }}, {{ end }}{{ index $labels.sectors $s }}{{ end }}</dd></div>
{{ with .Params.ages }}<div><dt data-pagefind-ignore>Leeftijd</dt><dd>{{ . }}</dd></div>{{ end }}
{{ with .GetTerms "regions" }}{{ range first 1 . }}<div><dt data-pagefind-ignore>Regio</dt><dd><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with $.Params.municipalities }}<span> ({{ delimit . ", " }})</span>{{ end }}</dd></div>{{ end }}
<div><dt data-pagefind-ignore>Organisaties</dt><dd><ul class="plain">{{ range .Params.organisations }}<li>{{ if .url }}<a href="{{ .url }}">{{ .name }}</a>{{ else }}{{ .name }}{{ end }} <span class="badge">{{ index $labels.organisationKinds .kind }}</span></li>{{ end }}</ul></dd></div>
{{ with .Params.website }}<div><dt data-pagefind-ignore>Website</dt><dd><a href="{{ . }}">{{ (urls.Parse .).Host }}</a></dd></div>{{ end }}
{{ with .Params.funding }}<div><dt data-pagefind-ignore>Financiering</dt><dd>{{ index $labels.funding . }}</dd></div>{{ end }}
{{ with .Params.status }}<div><dt data-pagefind-ignore>Status</dt><dd>{{ index $labels.statuses . }}</dd></div>{{ end }}
{{ with .Params.contact }}{{ with index site.Data.people . }}<div><dt data-pagefind-ignore>Contactpersoon</dt><dd>{{ .name }}, {{ .role }}, {{ .organisation }}</dd></div>{{ end }}{{ end }}
</dl></section>
{{ end }}
{{ with .Params.expert }}{{ with index site.Data.people . }}<aside class="facts"><p><strong>{{ .name }}</strong>, {{ .role }}, {{ .organisation }}</p></aside>{{ end }}{{ end }}
<div class="prose">{{ .Content }}</div>
{{ with .Params.attachments }}<section aria-labelledby="bijlagen"><h2 id="bijlagen">Bijlagen</h2><ul>{{ range . }}<li><a href="/media/{{ .src }}" download>{{ .title }}</a></li>{{ end }}</ul></section>{{ end }}
{{ with .Params.links }}<section aria-labelledby="links"><h2 id="links">Meer informatie</h2><ul>{{ range . }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ul></section>{{ end }}
</article>
{{ with .Params.related }}<aside class="wrap related" aria-labelledby="gerelateerd"><h2 id="gerelateerd">Lees ook</h2><ul class="plain">{{ range . }}{{ with site.GetPage .path }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul></aside>{{ end }}
{{ end }}
`;

const LIST = `{{ define "main" }}<div class="wrap"><h1>{{ .Title }}{{ if gt .Paginator.PageNumber 1 }}, pagina {{ .Paginator.PageNumber }}{{ end }}</h1>
{{ with .Params.description }}<p class="lead">{{ . }}</p>{{ end }}
{{ partial "cards.html" . }}</div>{{ end }}
`;

const TERMS = `{{ define "main" }}<div class="wrap"><h1>{{ .Title }}</h1><ul class="plain">
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="muted">({{ len .Pages }})</span>{{ with .Params.description }}<p>{{ . }}</p>{{ end }}</li>{{ end }}
</ul></div>{{ end }}
`;

const TERM = `{{ define "main" }}<div class="wrap"><p class="eyebrow"><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></p>
<h1>{{ .Title }}{{ if gt .Paginator.PageNumber 1 }}, pagina {{ .Paginator.PageNumber }}{{ end }}</h1>
{{ with .Params.description }}<p class="lead">{{ . }}</p>{{ end }}
{{ with .Params.municipalities }}<p>Gemeenten: {{ delimit . ", " }}</p>{{ end }}
{{ partial "cards.html" . }}</div>{{ end }}
`;

const HOME = `{{ define "main" }}<div class="wrap"><h1>{{ site.Title }}</h1><p class="lead">Praktijkvoorbeelden van samenwerking tussen onderwijs en jeugdhulp.</p>
<h2>Nieuw</h2><ul class="cards">{{ range first 8 (where site.RegularPages "Section" "ne" "") }}<li>{{ partial "card.html" . }}</li>{{ end }}</ul></div>{{ end }}
`;

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));
/** Hugo renders Markdown; the two MDX components of the sample pages are left out. */
const markdownOf = (body: string) => body.replace(/<(Callout|Figure)[\s\S]*?(<\/\1>|\/>)/g, '');

function agesText(ageMin?: number, ageMax?: number): string | undefined {
  if (ageMin !== undefined && ageMax !== undefined) return `${ageMin} tot en met ${ageMax} jaar`;
  if (ageMin !== undefined) return `vanaf ${ageMin} jaar`;
  if (ageMax !== undefined) return `tot en met ${ageMax} jaar`;
  return undefined;
}

/** Writes the fair Hugo site for every document of a content folder; returns its folder. */
export function writeHugoSite(contentDir: string, root: string): string {
  const site = path.join(root, 'hugo-fair');
  write(path.join(site, 'hugo.toml'), CONFIG);
  const layouts = path.join(site, 'layouts');
  write(path.join(layouts, '_default', 'baseof.html'), BASEOF);
  write(path.join(layouts, '_default', 'single.html'), SINGLE);
  write(path.join(layouts, '_default', 'list.html'), LIST);
  write(path.join(layouts, '_default', 'terms.html'), TERMS);
  write(path.join(layouts, '_default', 'term.html'), TERM);
  write(path.join(layouts, 'index.html'), HOME);
  write(path.join(layouts, 'partials', 'card.html'), CARD);
  write(path.join(layouts, 'partials', 'cards.html'), CARDS);

  const themes = loadTaxonomy<Theme>(contentDir, 'themes').entries;
  const regions = loadTaxonomy<Region>(contentDir, 'regions').entries;
  const people = loadTaxonomy<Person>(contentDir, 'people').entries;
  write(
    path.join(site, 'data', 'labels.json'),
    JSON.stringify({
      kinds: Object.fromEntries(COLLECTIONS.map((c) => [c, COLLECTION_INFO[c]])),
      sectors: SECTOR_LABELS,
      organisationKinds: ORGANISATION_KIND_LABELS,
      funding: FUNDING_LABELS,
      statuses: STATUS_LABELS,
    }),
  );
  write(path.join(site, 'data', 'people.json'), JSON.stringify(Object.fromEntries(people.map((p) => [p.slug, p]))));
  const content = path.join(site, 'content');
  write(path.join(content, 'themes', '_index.md'), `---\ntitle: "Thema's"\n---\n`);
  write(path.join(content, 'regions', '_index.md'), `---\ntitle: "Regio's"\n---\n`);
  for (const t of themes) write(path.join(content, 'themes', t.slug, '_index.md'), `---\n${JSON.stringify({ title: t.name, description: t.description })}\n---\n`);
  for (const r of regions) write(path.join(content, 'regions', r.slug, '_index.md'), `---\n${JSON.stringify({ title: r.name, municipalities: r.municipalities })}\n---\n`);
  for (const c of ARTICLE_COLLECTIONS) {
    const { route, plural } = COLLECTION_INFO[c];
    if (route) write(path.join(content, route, '_index.md'), `---\n${JSON.stringify({ title: plural, description: `${plural} op Schoolnabij.` })}\n---\n`);
  }

  for (const collection of COLLECTIONS as readonly Collection[]) {
    const dir = path.join(contentDir, collection);
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.mdx'));
    } catch {
      continue;
    }
    const route = COLLECTION_INFO[collection].route;
    for (const name of names) {
      const { frontmatter, body } = parseMdx(readFileSync(path.join(dir, name), 'utf8'));
      const data = frontmatter as Record<string, any>;
      const publishedAt = isoDate(data.publishedAt);
      const facets = facetsOf({ collection, data: { ...data, publishedAt } as never });
      const params = {
        title: data.title,
        summary: data.summary,
        date: publishedAt,
        updated: data.updatedAt ? isoDate(data.updatedAt) : undefined,
        collection,
        themes: data.themes ?? [],
        regions: data.region ? [data.region] : [],
        filters: FILTERS.flatMap((f) => facets[f].map((v) => `${f}:${v.replaceAll(',', ' ')}`)),
        sectors: data.sectors,
        ages: agesText(data.ageMin, data.ageMax),
        municipalities: data.municipalities,
        organisations: data.organisations,
        website: data.website,
        funding: data.funding,
        status: data.status,
        contact: data.contact,
        expert: data.expert,
        attachments: data.attachments,
        links: data.links,
        related: (data.related as { collection: Collection; slug: string }[] | undefined)?.map((r) => ({
          path: `/${COLLECTION_INFO[r.collection].route ? `${COLLECTION_INFO[r.collection].route}/` : ''}${r.slug}`,
        })),
      };
      const slug = name.replace(/\.mdx$/, '');
      write(path.join(content, ...(route ? [route] : []), `${slug}.md`), `---\n${JSON.stringify(params, null, 1)}\n---\n${markdownOf(body)}`);
    }
  }
  return site;
}

export interface HugoBuild {
  ms: number;
  ok: boolean;
  output: string;
}

export function buildHugo(site: string): HugoBuild {
  const started = performance.now();
  const result = spawnSync('hugo', ['--quiet', '--source', site, '--destination', path.join(site, 'public')], { encoding: 'utf8' });
  return { ms: performance.now() - started, ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export interface HugoPagefindBuild extends HugoBuild {
  hugoMs: number;
  pagefindMs: number;
  pages: number;
}

/** Hugo's build of the fair site, then Pagefind over its output as our build runs it; wall times. */
export async function buildHugoPagefind(site: string): Promise<HugoPagefindBuild> {
  const started = performance.now();
  const hugo = buildHugo(site);
  if (!hugo.ok) return { ...hugo, hugoMs: hugo.ms, pagefindMs: 0, pages: 0 };
  const out = path.join(site, 'public');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: out, glob: DOCUMENT_GLOB });
    if (added.errors.length) throw new Error(`Pagefind could not index ${out}: ${added.errors.join('; ')}`);
    const pagefindDir = path.join(out, 'pagefind');
    const written = await index.writeFiles({ outputPath: pagefindDir });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const fragments = indexedFragments(out);
    if (!fragments) throw new Error(`${pagefindDir}: two fragments for one page`);
    writeFacetFile(pagefindDir, FILTERS, fragments);
    const ms = performance.now() - started;
    return { ms, ok: true, output: hugo.output, hugoMs: hugo.ms, pagefindMs: ms - hugo.ms, pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

const MINIMAL_SINGLE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}</article></main></body></html>`;
const MINIMAL_LIST = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>`;

/** The minimal peer: practice examples with title, summary and body, one list page. */
export function writeMinimalHugoSite(contentDir: string, root: string): string {
  const site = path.join(root, 'hugo-minimal');
  write(path.join(site, 'hugo.toml'), 'baseURL = "https://schoolnabij.nl/"\nlanguageCode = "nl"\ntitle = "Schoolnabij"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n');
  write(path.join(site, 'layouts', '_default', 'single.html'), MINIMAL_SINGLE);
  write(path.join(site, 'layouts', '_default', 'list.html'), MINIMAL_LIST);
  const dir = path.join(contentDir, 'practice-examples');
  for (const name of readdirSync(dir)) {
    const { frontmatter, body } = parseMdx(readFileSync(path.join(dir, name), 'utf8'));
    const data = frontmatter as { title: string; summary: string; publishedAt: string | Date };
    write(
      path.join(site, 'content', 'praktijkvoorbeelden', name.replace(/\.mdx$/, '.md')),
      `---\n${JSON.stringify({ title: data.title, summary: data.summary, date: isoDate(data.publishedAt) }, null, 1)}\n---\n${markdownOf(body)}`,
    );
  }
  return site;
}
