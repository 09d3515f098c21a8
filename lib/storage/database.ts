import { type IDBPDatabase, type IDBPTransaction, wrap } from 'idb';
import { MESSAGES, StorageError, toStorageError } from './errors';
import { MIGRATIONS, type Migration, schemaVersion } from './migrations';
import { ALL_STORES, type CorpusSchema } from './schema';

export interface OpenDatabaseOptions {
  /** Upgrade steps; defaults to the released list. Passing a longer list opens at a higher version. */
  migrations?: readonly Migration[];
  /** How long to wait for older connections to close before giving up with `upgrade-blocked`. */
  blockedTimeoutMs?: number;
  /** Called after we closed our connection, either so another context could upgrade or because the browser closed it. */
  onClose?: (reason: 'versionchange' | 'terminated') => void;
}

const DEFAULT_BLOCKED_TIMEOUT_MS = 5000;

/**
 * Opens (creating or upgrading) the corpus database through the given factory.
 * Note: idb recognises IndexedDB objects through the global IDB* constructors, so in Node the
 * caller must install them first (`import 'fake-indexeddb/auto'`); the factory itself is ours to choose.
 */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  options: OpenDatabaseOptions = {},
): Promise<IDBPDatabase<CorpusSchema>> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = schemaVersion(migrations);
  const blockedTimeoutMs = options.blockedTimeoutMs ?? DEFAULT_BLOCKED_TIMEOUT_MS;

  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      reject(toStorageError(error));
      return;
    }
    let settled = false;
    let upgradeError: unknown;
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;

    const fail = (error: StorageError): void => {
      clearTimeout(blockedTimer);
      if (settled) return;
      settled = true;
      reject(error);
    };

    request.onupgradeneeded = (event) => {
      const rawTx = request.transaction;
      if (!rawTx) return;
      // wrap() cannot express the versionchange mode in its return type.
      const tx = wrap(rawTx) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
      const db = wrap(request.result) as IDBPDatabase<unknown>;
      // The open request reports the outcome; this stops idb's own done promise rejecting unobserved.
      tx.done.catch(() => undefined);
      try {
        for (const step of migrations) {
          if (step.version > event.oldVersion && step.version <= version) step.upgrade(db, tx);
        }
      } catch (error) {
        // Aborting rolls the whole upgrade back, so the old data and version stay as they were.
        upgradeError = error;
        rawTx.abort();
      }
    };

    request.onblocked = () => {
      // Our own connections close on versionchange; still blocked means an old page ignores it. Give it a moment.
      clearTimeout(blockedTimer);
      blockedTimer = setTimeout(
        () => fail(new StorageError('upgrade-blocked', MESSAGES.upgradeBlocked)),
        blockedTimeoutMs,
      );
    };

    request.onerror = (event) => {
      event.preventDefault();
      const error = request.error;
      if (error?.name === 'VersionError') {
        fail(new StorageError('upgrade-failed', MESSAGES.newerVersion, { cause: error }));
      } else if (upgradeError !== undefined || error?.name === 'AbortError') {
        fail(new StorageError('upgrade-failed', MESSAGES.upgradeFailed, { cause: upgradeError ?? error }));
      } else {
        fail(toStorageError(error));
      }
    };

    request.onsuccess = () => {
      clearTimeout(blockedTimer);
      const raw = request.result;
      if (settled) {
        // We already reported upgrade-blocked; the caller holds no handle to this late connection.
        raw.close();
        return;
      }
      const missing = ALL_STORES.filter((store) => !raw.objectStoreNames.contains(store));
      if (missing.length > 0) {
        raw.close();
        fail(new StorageError('upgrade-failed', MESSAGES.missingStores));
        return;
      }
      raw.onversionchange = () => {
        // Another context wants a newer schema: step aside instead of blocking it.
        raw.close();
        options.onClose?.('versionchange');
      };
      raw.onclose = () => options.onClose?.('terminated');
      settled = true;
      // wrap() returns an untyped database; the stores were just checked above.
      resolve(wrap(raw) as unknown as IDBPDatabase<CorpusSchema>);
    };
  });
}
