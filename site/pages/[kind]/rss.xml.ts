import type { APIRoute, GetStaticPaths } from 'astro';
import { ARTICLE_COLLECTIONS, COLLECTION_INFO, type ArticleCollection } from '../../../contract/index.ts';
import { articles } from '../../lib/articles.ts';
import { feed } from '../../lib/feeds.ts';

export const getStaticPaths = (() =>
  ARTICLE_COLLECTIONS.map((collection) => ({ params: { kind: COLLECTION_INFO[collection].route }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: ArticleCollection }> = async ({ site, props }) => {
  const { plural } = COLLECTION_INFO[props.collection];
  return feed(site, `${plural} – Schoolnabij`, `${plural} op Schoolnabij.`, await articles(props.collection));
};
