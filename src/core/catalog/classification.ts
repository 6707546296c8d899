// The shapes the catalog hands out and keeps. Kept apart from the tables so every table file
// and the classifiers share one definition of an entry.
import type { FailureKind } from '../kinds';

/** Where a classification came from: which browser dialect the raw error was written in. */
export type ClassificationSource =
  | 'chromium' // net::ERR_* (webRequest and webNavigation alike)
  | 'firefox-code' // webNavigation "Error code N": language-independent nsresult
  | 'firefox-name' // NS_ERROR_* / NSS / mozilla::pkix names, bare or wrapped in NS_ERROR_GENERATE_FAILURE(...)
  | 'unknown';

export interface Classification {
  readonly kind: FailureKind;
  /**
   * The normalized code: `net::ERR_*` for Chromium, the NSS / mozilla::pkix / NSPR name or the
   * `NS_ERROR_*` name for Firefox; '' when the input names no code (free text, garbage).
   */
  readonly errorCode: string;
  readonly source: ClassificationSource;
}

/** One reviewed row of a catalog table. */
export interface CatalogEntry {
  /** The browser's own number for the error (Chromium net error, NSS/NSPR code, or nsresult). */
  readonly code: number;
  readonly kind: FailureKind;
  /**
   * A reset, close or timeout: these also happen on plain-http or before any TLS byte, so the
   * kind applies only when the failed URL is https; anywhere else the failure is `not-tls`.
   */
  readonly httpsOnly?: boolean;
  /**
   * Whether the browser's own warning lets the person continue past this error (the code alone:
   * an HSTS or pinned host never offers it, whatever the code). Absent: decided by kind, see
   * overrideFromEntry in chromium.ts.
   */
  readonly overridable?: boolean;
}
