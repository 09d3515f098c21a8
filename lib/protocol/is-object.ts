/** A plain JSON object (not null, not an array): the first check on anything read from a message, file or store. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
