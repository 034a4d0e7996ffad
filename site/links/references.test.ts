import { describe, expect, it } from 'vitest';
import { findReferences } from './references.ts';

const text = (content: string) => () => content;

describe('findReferences', () => {
  it('reads only the files that can refer to anything', () => {
    const unread = () => {
      throw new Error('read a file that refers to nothing');
    };
    expect(findReferences('_astro/site.css', unread)).toEqual({ references: [] });
    expect(findReferences('media/verslag.pdf', unread)).toEqual({ references: [] });
  });

  it('finds the links, ids and <base href> of a page, leaving out hosts named for preconnect', () => {
    const html =
      '<html><head><base href="/themas/"><link rel="preconnect" href="https://cdn.example.org"><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>' +
      '<body><h2 id="uitleg">Uitleg</h2><a name="oud"></a><a href="thuiszitters/">relatief</a><video src="/media/film.mp4" poster="/media/film.jpg"></video></body></html>';
    expect(findReferences('themas/index.html', text(html))).toEqual({
      references: [
        { link: '/rss.xml', kind: 'feed' },
        { link: 'thuiszitters/', kind: 'link' },
        { link: '/media/film.mp4', kind: 'resource' },
        { link: '/media/film.jpg', kind: 'image' },
      ],
      ids: new Set(['uitleg', 'oud']),
      base: '/themas/',
    });
  });

  it('decodes the links of a feed, in CDATA and with character references', () => {
    const rss =
      '<rss version="2.0"><channel><link><![CDATA[ https://schoolnabij.nl/?a=1&b=2 ]]></link>' +
      '<item><link>https://schoolnabij.nl/agenda/?x=1&amp;y=&#50;</link><enclosure url="https://schoolnabij.nl/media/a&amp;b.mp3" /></item>' +
      '<atom:link href="https://schoolnabij.nl/rss.xml" rel="self" /></channel></rss>';
    expect(findReferences('rss.xml', text(rss)).references).toEqual([
      { link: 'https://schoolnabij.nl/?a=1&b=2', kind: 'feed' },
      { link: 'https://schoolnabij.nl/agenda/?x=1&y=2', kind: 'feed' },
      { link: 'https://schoolnabij.nl/media/a&b.mp3', kind: 'feed' },
      { link: 'https://schoolnabij.nl/rss.xml', kind: 'feed' },
    ]);
  });

  it('finds both paths of each _redirects line, skipping comments and incomplete lines', () => {
    const redirects = '# oude paden\n/oud/ /themas/ 301\n/half/\n\n/ouder/   /agenda/ 301 # verhuisd\n';
    expect(findReferences('_redirects', text(redirects)).references).toEqual([
      { link: '/oud/', kind: 'redirect' },
      { link: '/themas/', kind: 'redirect' },
      { link: '/ouder/', kind: 'redirect' },
      { link: '/agenda/', kind: 'redirect' },
    ]);
  });
});

describe('the ids of a page', () => {
  it('collects every id and <a name>, but not the name of another element', () => {
    const html = '<main id="inhoud"><input name="q"><a name="top"></a><template><p id="later"></p></template></main>';
    expect(findReferences('index.html', () => html).ids).toEqual(new Set(['inhoud', 'top', 'later']));
  });
});
