// Every message key the diagnose code emits, listed once. `msg` accepts only these, so a typo is
// a type error; the unit tests check the list against src/locales/{en,ja}/diagnosis.json.
import type { Cause } from '../kinds';
import { text, type Text } from '../text';

export const DIAGNOSIS_MESSAGE_KEYS = [
  // Verdicts: one sentence for the top cause; $1 = host.
  'verdict_system_clock',
  'verdict_interception',
  'verdict_browser_settings',
  'verdict_network',
  'verdict_site_certificate',
  'verdict_site_configuration',
  'verdict_client_certificate',
  'verdict_unknown',
  'verdict_uncertain',
  'verdict_not_tls',
  // Short names and a one-sentence explanation of each cause (no subs).
  'cause_system_clock_title',
  'cause_system_clock_about',
  'cause_interception_title',
  'cause_interception_about',
  'cause_browser_settings_title',
  'cause_browser_settings_about',
  'cause_network_title',
  'cause_network_about',
  'cause_site_certificate_title',
  'cause_site_certificate_about',
  'cause_site_configuration_title',
  'cause_site_configuration_about',
  'cause_client_certificate_title',
  'cause_client_certificate_about',
  'cause_unknown_title',
  'cause_unknown_about',
  // Clock: $1 = count in the unit, $2 = number of sites (or the one site's host for *_host).
  'ev_clock_behind_minutes',
  'ev_clock_behind_hours',
  'ev_clock_behind_days',
  'ev_clock_ahead_minutes',
  'ev_clock_ahead_hours',
  'ev_clock_ahead_days',
  'ev_clock_behind_minutes_host',
  'ev_clock_behind_hours_host',
  'ev_clock_behind_days_host',
  'ev_clock_ahead_minutes_host',
  'ev_clock_ahead_hours_host',
  'ev_clock_ahead_days_host',
  'ev_clock_matches',
  'ev_many_date_failures',
  // Interception and proxies.
  'ev_shared_issuer',
  'ev_interception_product',
  'ev_browser_detected_interception',
  'ev_proxy_extension_named',
  'ev_proxy_extension',
  'ev_proxy_extension_one_of',
  'ev_proxy_configured',
  // Probes.
  'ev_other_sites_fine',
  'ev_other_sites_fine_one',
  'ev_other_sites_fail',
  'ev_reprobe_same',
  'ev_reprobe_ok',
  // What the error itself says.
  'ev_cert_date',
  'ev_cert_untrusted',
  'ev_cert_name',
  'ev_cert_revoked',
  'ev_cert_weak',
  'ev_cert_invalid',
  'ev_no_local_signal',
  'ev_protocol_mismatch',
  'ev_protocol_error',
  'ev_tls_prefs_modified',
  'ev_interrupted',
  'ev_interrupted_others',
  'ev_client_cert',
  'ev_tls_unknown',
  'ev_not_tls',
  // Nothing fired: what was missing.
  'ev_nothing_fired',
  'ev_missing_clock',
  'ev_missing_other_sites',
  'ev_missing_reprobe',
] as const;

export type DiagnosisMessageKey = (typeof DIAGNOSIS_MESSAGE_KEYS)[number];

/** A Text whose key is known to exist in the diagnosis locale files. */
export const msg = (key: DiagnosisMessageKey, ...subs: (string | number)[]): Text => text(key, ...subs);

/** Cause names contain '-', message keys may not: one explicit table. */
const CAUSE_KEYS: Record<
  Cause,
  { readonly verdict: DiagnosisMessageKey; readonly title: DiagnosisMessageKey; readonly about: DiagnosisMessageKey }
> = {
  'system-clock': {
    verdict: 'verdict_system_clock',
    title: 'cause_system_clock_title',
    about: 'cause_system_clock_about',
  },
  interception: {
    verdict: 'verdict_interception',
    title: 'cause_interception_title',
    about: 'cause_interception_about',
  },
  'browser-settings': {
    verdict: 'verdict_browser_settings',
    title: 'cause_browser_settings_title',
    about: 'cause_browser_settings_about',
  },
  network: { verdict: 'verdict_network', title: 'cause_network_title', about: 'cause_network_about' },
  'site-certificate': {
    verdict: 'verdict_site_certificate',
    title: 'cause_site_certificate_title',
    about: 'cause_site_certificate_about',
  },
  'site-configuration': {
    verdict: 'verdict_site_configuration',
    title: 'cause_site_configuration_title',
    about: 'cause_site_configuration_about',
  },
  'client-certificate': {
    verdict: 'verdict_client_certificate',
    title: 'cause_client_certificate_title',
    about: 'cause_client_certificate_about',
  },
  unknown: { verdict: 'verdict_unknown', title: 'cause_unknown_title', about: 'cause_unknown_about' },
};

/** One sentence naming the cause as the verdict for `host`. */
export const verdictText = (cause: Cause, host: string): Text => msg(CAUSE_KEYS[cause].verdict, host);
/** A short name for the cause ("Your computer's clock"). */
export const causeTitle = (cause: Cause): Text => msg(CAUSE_KEYS[cause].title);
/** One sentence on what the cause means in general. */
export const causeAbout = (cause: Cause): Text => msg(CAUSE_KEYS[cause].about);
