import { describe, expect, it } from 'vitest';
import { pageBreadcrumbs } from './page-breadcrumbs.ts';

const site = new URL('https://schoolnabij.nl');

describe('pageBreadcrumbs', () => {
  it('is the site alone on the home page', () => {
    expect(pageBreadcrumbs('/', 'Schoolnabij', site)).toEqual([{ name: 'Schoolnabij', url: 'https://schoolnabij.nl/' }]);
  });

  it('puts a section page under the site, and a theme under its section', () => {
    expect(pageBreadcrumbs('/themas/', "Thema's", site).map((c) => c.name)).toEqual(['Schoolnabij', "Thema's"]);
    expect(pageBreadcrumbs('/themas/thuiszitters/alles/pagina/2/', 'Thuiszitters', site)).toEqual([
      { name: 'Schoolnabij', url: 'https://schoolnabij.nl/' },
      { name: "Thema's", url: 'https://schoolnabij.nl/themas/' },
      { name: 'Thuiszitters', url: 'https://schoolnabij.nl/themas/thuiszitters/alles/pagina/2/' },
    ]);
    expect(pageBreadcrumbs('/praktijkvoorbeelden/pagina/2/', 'Praktijkvoorbeelden', site).map((c) => c.name)).toEqual(['Schoolnabij', 'Praktijkvoorbeelden', 'Praktijkvoorbeelden']);
  });
});
