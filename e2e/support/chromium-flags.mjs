// The Chromium command-line flags every launcher here uses (e2e, npm start, screenshots, bench):
// the extension loaded, and nothing leaving 127.0.0.1 (E2E.md). One list, so they cannot drift.

/**
 * @param {{ extensionDirs?: string[], hostResolverRules: string }} o
 * @returns {string[]}
 */
export function chromiumFlags({ extensionDirs = [], hostResolverRules }) {
  const extensions = extensionDirs.join(',');
  return [
    ...(extensions ? [`--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Required: without it Chromium sends DNS queries for its own services despite the flags above.
    `--host-resolver-rules=${hostResolverRules}`,
  ];
}
