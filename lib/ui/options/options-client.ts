import type { DocumentSource } from '../../protocol/library';
import type {
  FeedRunSummary,
  FeedStatus,
  FeedsOverview,
  ImportOutcome,
  LibraryEstimate,
  LibraryListing,
  Settings,
} from '../../protocol/messages';

/** What the options page needs from the extension; wired to the browser in `entrypoints/options`. */
export interface OptionsClient {
  /** Whether the user has granted the opt-in access to all sites. */
  hasAllSitesAccess(): Promise<boolean>;
  /** Asks the browser for it (must run from a click); resolves to the outcome. */
  requestAllSitesAccess(): Promise<boolean>;
  revokeAllSitesAccess(): Promise<void>;
  /** Asks the browser for access to these origins (match patterns); must run from a click. */
  requestOrigins(patterns: string[]): Promise<boolean>;
  /** Gives access to these origins back (nothing when the reader allowed all sites, which covers them). */
  releaseOrigins(patterns: string[]): Promise<void>;
  listFeeds(): Promise<FeedsOverview>;
  followFeed(feed: { url: string; title?: string; lang?: string }): Promise<FeedStatus>;
  unfollowFeed(id: string): Promise<boolean>;
  refreshFeeds(ids?: string[]): Promise<FeedRunSummary>;
  getSettings(): Promise<Settings>;
  setSettings(change: Partial<Settings>): Promise<Settings>;
  listDocuments(filter: { query?: string; source?: DocumentSource }): Promise<LibraryListing>;
  deleteDocuments(ids: string[]): Promise<number>;
  estimate(): Promise<LibraryEstimate>;
  exportLibrary(): Promise<{ jsonl: string; count: number }>;
  /** Imports an export, or the part of one that starts at file line `firstLine`. */
  importLibrary(text: string, firstLine?: number): Promise<ImportOutcome>;
  /** Offers a file to the reader as a download. */
  download(fileName: string, text: string, mime: string): void;
}
