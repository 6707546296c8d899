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

const row = (name: string, issuerCommonNameRegex: string, issuerOrganizationRegex: string): InterceptionSoftware =>
  Object.freeze({ name, issuerCommonNameRegex, issuerOrganizationRegex });

// Columns: name, issuer CN regex, issuer O regex ('' = not looked at). String.raw keeps the regexes
// byte-for-byte as in the TSV.
export const INTERCEPTION_SOFTWARE: readonly InterceptionSoftware[] = Object.freeze([
  row('BadSSL Antivirus (test; mitm-software.badssl.com)', String.raw`BadSSL MITM Software Test`, ''),
  row('Avast Antivirus', String.raw`avast! Web/Mail Shield Root`, String.raw`avast! Web/Mail Shield`),
  row('Bitdefender Antivirus', String.raw`Bitdefender Personal CA\.Net-Defender`, String.raw`Bitdefender`),
  row('Cisco Umbrella', String.raw`Cisco Umbrella Root CA`, String.raw`Cisco`),
  row('Cisco Umbrella', String.raw`Cisco Umbrella Primary SubCA`, String.raw`Cisco`),
  row('ContentKeeper', String.raw`ContentKeeper Appliance CA \(\d+\)`, String.raw`ContentKeeper Technologies`),
  row('Cyberoam Firewall', '', String.raw`Cyberoam Certificate Authority`),
  row('ForcePoint', String.raw`Forcepoint Cloud CA`, String.raw`Forcepoint LLC`),
  row('Fortigate', String.raw`FortiGate CA`, String.raw`Fortinet`),
  row('Fortinet', '', String.raw`Fortinet( Ltd\.)?`),
  row('Kaspersky Internet Security', String.raw`Kaspersky Anti-Virus Personal Root Certificate`, ''),
  row('McAfee Web Gateway', String.raw`McAfee Web Gateway`, ''),
  row('NetSpark', String.raw`www\.netspark\.com`, String.raw`NetSpark`),
  row('SmoothWall Firewall', String.raw`Smoothwall-default-root-certificate-authority`, ''),
  row('SonicWall Firewall', '', String.raw`HTTPS Management Certificate for SonicWALL`),
  row('Sophos', String.raw`Sophos SSL CA_[A-Z0-9\-]+`, String.raw`Sophos`),
  row('Sophos', String.raw`Sophos_CA_[A-Z0-9]+`, ''),
  row('Sophos UTM', String.raw`sophosutm Proxy CA`, String.raw`sophosutm`),
  row('Sophos Web Appliance', String.raw`Sophos Web Appliance`, String.raw`Sophos Plc`),
  row('Symantec Blue Coat', '', String.raw`Blue Coat.*`),
  row('Trend Micro InterScan Web Security Suite (IWSS)', String.raw`IWSS\.TREND`, ''),
  row('Zscaler', '', String.raw`Zscaler Inc\.`),
]);
