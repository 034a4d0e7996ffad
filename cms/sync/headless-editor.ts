/**
 * One headless Lexical editor per editor config, reused from body to body by the conversions
 * both ways (Markdown to Lexical on import, Lexical to Markdown on export): each conversion
 * replaces the whole root, and building an editor (registering every node of the config) cost
 * as much as a conversion. An editor whose update failed is dropped, so a broken state is never
 * reused; its errors are thrown, never only logged.
 */
import { getEnabledNodes, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical';
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless';

export type HeadlessEditor = ReturnType<typeof createHeadlessEditor>;

const editors = new WeakMap<SanitizedServerEditorConfig, HeadlessEditor>();

/** Runs `work` on the config's editor; when it throws, the editor is dropped and the error passed on. */
export function withEditor<T>(editorConfig: SanitizedServerEditorConfig, work: (editor: HeadlessEditor) => T): T {
  let editor = editors.get(editorConfig);
  if (!editor) {
    editor = createHeadlessEditor({
      nodes: getEnabledNodes({ editorConfig }),
      onError: (error) => {
        throw error;
      },
    });
    editors.set(editorConfig, editor);
  }
  try {
    return work(editor);
  } catch (error) {
    editors.delete(editorConfig);
    throw error;
  }
}
