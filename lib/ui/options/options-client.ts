/** What the options page needs from the extension; wired to the browser in `entrypoints/options`. */
export interface OptionsClient {
  /** Whether the user has granted the opt-in access to all sites. */
  hasAllSitesAccess(): Promise<boolean>;
  /** Asks the browser for it (must run from a click); resolves to the outcome. */
  requestAllSitesAccess(): Promise<boolean>;
  revokeAllSitesAccess(): Promise<void>;
}
