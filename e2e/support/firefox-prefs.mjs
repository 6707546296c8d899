// Firefox prefs that keep every request on this machine and let tests reach the harness names.

/** @param {string[]} hostnames harness names that must resolve to 127.0.0.1 */
export function firefoxPrefs(hostnames) {
  return {
    'network.dns.localDomains': hostnames.join(','),
    // Every other name resolves to loopback, so Firefox's own services never leave the machine.
    'network.dns.forceResolve': '127.0.0.1',
    'network.proxy.type': 0,
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'services.settings.server': 'https://127.0.0.1:9/',
    'extensions.webextensions.restrictedDomains': '',
    'xpinstall.signatures.required': false,
  };
}
