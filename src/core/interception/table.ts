// Security products and middleboxes known to intercept TLS, identified by the issuer of the
// certificates they mint. The rows (and their order, which decides ties: the first match wins)
// are Chromium's `mitm_software` list from
// chrome/browser/resources/ssl/ssl_error_assistant/ssl_error_assistant.asciipb (version 4), as
// copied into test/fixtures/shared-data/interception-software.tsv; a unit test keeps the two equal.
//
// The regexes are RE2 syntax; every one of them means the same in JavaScript (no lookarounds,
// backreferences or RE2-only classes), and they are matched the way Chromium's
// SSLErrorAssistant::MatchKnownMITMSoftware does (components/security_interstitials/content/
// ssl_error_assistant.cc): RE2::FullMatch, case-sensitive, against the issuer's common name and
// against each of its organization names; a row with both regexes needs both to match.

export interface InterceptionSoftware {
  /** Product name, as Chromium names it. */
  readonly name: string;
  /** RE2/JS regex that must match the issuer CN in full; '' if the row does not look at the CN. */
  readonly issuerCommonNameRegex: string;
  /** RE2/JS regex that must match one issuer O in full; '' if the row does not look at the O. */
  readonly issuerOrganizationRegex: string;
}

// Marked free of side effects so that a bundle which never matches issuers (the Chromium
// background) drops the table.
const row = /* @__NO_SIDE_EFFECTS__ */ (
  name: string,
  issuerCommonNameRegex: string,
  issuerOrganizationRegex: string,
): InterceptionSoftware => Object.freeze({ name, issuerCommonNameRegex, issuerOrganizationRegex });

// Columns: name, issuer CN regex, issuer O regex ('' = not looked at). Plain strings (a backslash
// written twice), not String.raw: a tagged template counts as a side effect, which would keep the
// table in bundles that never use it.
export const INTERCEPTION_SOFTWARE: readonly InterceptionSoftware[] = /* @__PURE__ */ Object.freeze([
  row('BadSSL Antivirus (test; mitm-software.badssl.com)', 'BadSSL MITM Software Test', ''),
  row('Avast Antivirus', 'avast! Web/Mail Shield Root', 'avast! Web/Mail Shield'),
  row('Bitdefender Antivirus', 'Bitdefender Personal CA\\.Net-Defender', 'Bitdefender'),
  row('Cisco Umbrella', 'Cisco Umbrella Root CA', 'Cisco'),
  row('Cisco Umbrella', 'Cisco Umbrella Primary SubCA', 'Cisco'),
  row('ContentKeeper', 'ContentKeeper Appliance CA \\(\\d+\\)', 'ContentKeeper Technologies'),
  row('Cyberoam Firewall', '', 'Cyberoam Certificate Authority'),
  row('ForcePoint', 'Forcepoint Cloud CA', 'Forcepoint LLC'),
  row('Fortigate', 'FortiGate CA', 'Fortinet'),
  row('Fortinet', '', 'Fortinet( Ltd\\.)?'),
  row('Kaspersky Internet Security', 'Kaspersky Anti-Virus Personal Root Certificate', ''),
  row('McAfee Web Gateway', 'McAfee Web Gateway', ''),
  row('NetSpark', 'www\\.netspark\\.com', 'NetSpark'),
  row('SmoothWall Firewall', 'Smoothwall-default-root-certificate-authority', ''),
  row('SonicWall Firewall', '', 'HTTPS Management Certificate for SonicWALL'),
  row('Sophos', 'Sophos SSL CA_[A-Z0-9\\-]+', 'Sophos'),
  row('Sophos', 'Sophos_CA_[A-Z0-9]+', ''),
  row('Sophos UTM', 'sophosutm Proxy CA', 'sophosutm'),
  row('Sophos Web Appliance', 'Sophos Web Appliance', 'Sophos Plc'),
  row('Symantec Blue Coat', '', 'Blue Coat.*'),
  row('Trend Micro InterScan Web Security Suite (IWSS)', 'IWSS\\.TREND', ''),
  row('Zscaler', '', 'Zscaler Inc\\.'),
]);
