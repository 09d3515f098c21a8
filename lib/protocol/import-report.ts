/** Why a line was not imported, for the UI to say in the reader's language (`message` is English detail). */
export type LineErrorKind =
  | 'too-long'
  | 'not-json'
  | 'not-object'
  | 'unknown-type'
  | 'version'
  | 'invalid'
  | 'misplaced-header'
  | 'missing-header'
  | 'analysis'
  | 'storage';

export interface LineError {
  /** 1-based, as an editor shows it. */
  line: number;
  kind: LineErrorKind;
  message: string;
  /** For `storage`: the StorageErrorCode (`quota-exceeded`, …). */
  reason?: string;
}
