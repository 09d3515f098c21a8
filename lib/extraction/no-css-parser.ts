/**
 * Stands in for linkedom's CSS parser (`@acemir/cssom`) in the extension's background bundle.
 * linkedom needs it only for `<style>.sheet`, which neither Readability nor Parallax reads; the real
 * parser's browser build has no exports and its CommonJS build calls `eval`, which the extension's
 * content security policy forbids. A page's style sheet therefore reads as empty in the worker.
 */
export function parse(_css: string): { cssRules: never[] } {
  return { cssRules: [] };
}
