import { defineCollection } from 'astro:content';
import { collectionSchemas, contentDir, type Collection } from '../contract/index.ts';
import { contentFiles } from './lib/content-loader.ts';

/** The MDX files of one content/ folder; the file name is the entry's id (its slug). */
const files = (name: Collection) => contentFiles(`${contentDir()}/${name}`);

/** One Astro collection per content/ folder, each validated by the contract's own schema. */
export const collections = {
  'practice-examples': defineCollection({ loader: files('practice-examples'), schema: collectionSchemas['practice-examples'] }),
  'expert-pieces': defineCollection({ loader: files('expert-pieces'), schema: collectionSchemas['expert-pieces'] }),
  'conference-reports': defineCollection({ loader: files('conference-reports'), schema: collectionSchemas['conference-reports'] }),
  events: defineCollection({ loader: files('events'), schema: collectionSchemas.events }),
  pages: defineCollection({ loader: files('pages'), schema: collectionSchemas.pages }),
} satisfies Record<Collection, unknown>;
