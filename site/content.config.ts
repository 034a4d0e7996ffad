import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, COLLECTIONS, contentDir, type Collection } from './contract/index.ts';

/** One Astro collection per content/ folder, validated by the contract's own schema. */
function collection(name: Collection) {
  return defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir()}/${name}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: collectionSchemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as Record<
  Collection,
  ReturnType<typeof collection>
>;
