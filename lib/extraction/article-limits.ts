/** Ten times a long-form feature; beyond it the rest is comments, appendices or a dump. */
export const DEFAULT_MAX_CHARS = 200_000;
