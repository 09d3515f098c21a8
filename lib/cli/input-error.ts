/** A file the CLI could not turn into an article; its message is shown to the user as is. */
export class InputError extends Error {
  override name = 'InputError';
}

export type FileKind = 'text' | 'html' | 'json';

/** What a file is by its name: a seed-format text, a saved page or an exported article. */
export function fileKind(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.txt')) return 'text';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.json')) return 'json';
  return null;
}
