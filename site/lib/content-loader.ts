/**
 * The loader of every content/ collection: Astro's glob loader for `*.mdx`, with one change.
 * A body that uses no component (no <Callout>, no <Figure>, no image) is plain Markdown under
 * the content contract's body rule, so it is rendered once as Markdown when content is synced
 * and cached with the entry by its digest. Only bodies with components are compiled as MDX
 * modules. Compiling every file as MDX made a site of 10,000 practice examples spend 35–39 s
 * bundling modules that held nothing but Markdown (4.5 s now).
 * test/build.test.ts proves both ways render the same Markdown alike.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** Components and images need the MDX compiler; anything else in a valid body is Markdown. */
export function needsMdx(body: string): boolean {
  return /<(Callout|Figure)\b/.test(body) || /!\[/.test(body);
}

export function contentFiles(base: string): Loader {
  const files = glob({ pattern: '*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'schoolnabij:content-files',
    load: async (context: LoaderContext) => {
      const pending: Promise<void>[] = [];
      let syncing = true;
      const { store } = context;
      const asMarkdown = async (entry: Entry) => {
        const fileURL = new URL(entry.filePath!, context.config.root);
        try {
          store.set({ ...entry, deferredRender: false, rendered: await context.renderMarkdown(entry.body ?? '', { fileURL }) });
        } catch (error) {
          context.logger.error(`${entry.filePath}: the body could not be rendered: ${(error as Error).message}`);
          throw error;
        }
      };
      const set: typeof store.set = (entry) => {
        if (!entry.deferredRender || !entry.filePath || needsMdx(entry.body ?? '')) return store.set(entry);
        const rendering = asMarkdown(entry);
        // During the sync, a failure fails it; the dev watcher's later updates only log theirs.
        if (syncing) pending.push(rendering);
        else rendering.catch(() => {});
        return true;
      };
      await files.load({ ...context, store: Object.assign(Object.create(store) as typeof store, { set }) });
      await Promise.all(pending);
      syncing = false;
    },
  };
}
