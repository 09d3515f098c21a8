import { type Reply, replyError } from '../protocol/messages';
import { StorageError } from '../storage/errors';

/**
 * The worker's errors the UI can word in the reader's language: a storage failure keeps its code
 * (quota, a closed library…). Handed to the router, which knows nothing of storage.
 */
export function replyForError(error: unknown): Reply<never> | null {
  if (error instanceof StorageError) return replyError('storage', error.message, error.code);
  return null;
}
