/**
 * English words that must not appear in the admin (whole words, any case of the first letter):
 * Payload's and Lexical's strings that stayed English. Our corrections are checked against it
 * (english-leftovers.test.ts); the admin's rendered views are not yet.
 */
export const ENGLISH_LEFTOVERS = [
  'Create', 'New', 'Delete', 'Upload', 'Time', 'Selected', 'Select', 'Settings', 'Save', 'Cancel', 'Drag', 'Drop',
  'Rows', 'Row', 'Add', 'Search', 'Columns', 'Apply', 'Schedule', 'Publish', 'Unpublish', 'Version', 'Versions',
  'Draft', 'Loading', 'Untitled', 'Edit', 'Remove', 'Close', 'Back', 'Next', 'Previous', 'Clear', 'Choose',
  'Bulk', 'Payload', 'Events', 'Upcoming', 'Block', 'Blocks', 'Inline', 'Rechtvaardigen', 'Nieuw(e)',
] as const;

/** The leftovers in a text, each once. */
export function englishLeftovers(text: string): string[] {
  const found = new Set<string>();
  for (const word of ENGLISH_LEFTOVERS) {
    const escaped = word.replace(/[()]/g, '\\$&');
    if (new RegExp(`(^|[^\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(text)) found.add(word);
  }
  return [...found];
}
