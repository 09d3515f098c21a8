/** What went wrong, for callers that react differently (e.g. offer "delete pages" on quota). */
export type StorageErrorCode =
  | 'quota-exceeded'
  | 'upgrade-blocked'
  | 'upgrade-failed'
  | 'corrupt-record'
  | 'not-found'
  | 'invalid-input'
  /** Our connection was closed (another context is upgrading, or the browser shut it). */
  | 'closed'
  /** Any other IndexedDB failure; the transaction was rolled back. */
  | 'transaction-failed';

/** A storage failure whose `message` can be shown to the reader as is. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export const MESSAGES = {
  quotaExceeded:
    'There is not enough storage space to save this page. Delete some stored pages in the Parallax options and try again.',
  upgradeBlocked:
    'Parallax needs to update its library, but another Parallax page is still using the old version. Close other Parallax tabs or restart the browser, then try again.',
  upgradeFailed: 'Parallax could not update its library to the new format. Your stored pages were not changed.',
  newerVersion: 'This library was written by a newer version of Parallax. Update the extension to open it.',
  missingStores:
    'The Parallax library is incomplete (a part of it is missing). Reinstalling the extension will rebuild it.',
  closed: 'The Parallax library was closed, probably because the extension is updating. Reload the page and try again.',
  transactionFailed: 'Parallax could not write to its library. Nothing was changed; please try again.',
  notStorable: 'This page contains data that cannot be stored.',
  notFound: 'This page is no longer in your library.',
} as const;

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}

/** Chrome and the spec say QuotaExceededError; older Firefox builds report NS_ERROR_DOM_QUOTA_REACHED. */
export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Maps whatever IndexedDB threw to a StorageError; StorageErrors pass through unchanged. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota-exceeded', MESSAGES.quotaExceeded, { cause: error });
  const name = errorName(error);
  if (name === 'InvalidStateError') return new StorageError('closed', MESSAGES.closed, { cause: error });
  if (name === 'DataCloneError') return new StorageError('invalid-input', MESSAGES.notStorable, { cause: error });
  return new StorageError('transaction-failed', MESSAGES.transactionFailed, { cause: error });
}
