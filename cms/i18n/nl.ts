/**
 * The admin's Dutch: corrections over Payload's (payload-nl.ts) and Lexical's (lexical-nl.ts)
 * own nl translations, all in the "u" form. config.ts passes `nlTranslations` as
 * `i18n.translations.nl`; Lexical merges its own translations over the config's when the editor
 * is built, so the body editor puts ours back on top (withDutchLexical).
 */
import type { RichTextAdapterProvider } from 'payload';
import { lexicalNl } from './lexical-nl.ts';
import { payloadNl } from './payload-nl.ts';

export const nlTranslations = { ...payloadNl, lexical: lexicalNl };

type Tree = { [key: string]: string | Tree };

function mergeInto(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'string') target[key] = value;
    else mergeInto((target[key] ??= {}) as Tree, value);
  }
}

/** The editor, with our Lexical corrections laid over the translations it adds to the config. */
export function withDutchLexical<T extends object, A, B>(editor: RichTextAdapterProvider<T, A, B>): RichTextAdapterProvider<T, A, B> {
  return async (args) => {
    const adapter = await editor(args);
    const translations = args.config.i18n?.translations as Record<string, Tree> | undefined;
    if (translations) mergeInto((translations.nl ??= {}), { lexical: lexicalNl as unknown as Tree });
    const own = adapter.i18n as Record<string, Tree> | undefined;
    if (own) mergeInto((own.nl ??= {}), { lexical: lexicalNl as unknown as Tree });
    return adapter;
  };
}
