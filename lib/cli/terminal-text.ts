/**
 * What the CLI prints comes from untrusted files: a title may hold an escape sequence that retitles the
 * window or clears the screen, a C1 control (U+009B is CSI on many terminals) or bidi overrides that
 * reorder what is shown. These helpers keep such characters from reaching the terminal.
 */

// C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates, line/paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
// Characters JSON.stringify leaves as they are but a terminal may act on.
const UNSAFE_IN_JSON = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** Text for a terminal: control and bidi control characters removed (tab and newline kept). */
export function printable(text: string): string {
  return text.replace(UNSAFE, '');
}

/** A value's strings made printable, deeply (for the readable report, which shows every field as text). */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((v) => printableDeep(v)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableDeep(v)])) as T;
  }
  return value;
}

/**
 * JSON whose output holds no control character: JSON.stringify already escapes C0 controls; the rest are
 * escaped the same way (`\u009b`), so the data round-trips unchanged through JSON.parse.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    UNSAFE_IN_JSON,
    (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
  );
}
