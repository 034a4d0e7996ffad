import type { APIRoute } from 'astro';
import { allArticles } from '../lib/articles.ts';
import { feed } from '../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  feed(site, 'Schoolnabij', 'Nieuwe praktijkvoorbeelden, expertbijdragen, verslagen en bijeenkomsten over onderwijs en jeugdhulp.', await allArticles());
