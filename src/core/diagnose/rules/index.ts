// Every rule, in the order diagnose runs them (the order only breaks ties when naming the
// strongest rule for a cause).
import type { NamedRule } from '../types';
import { clockCorrect, clockSkew, manyDateFailures } from './clock';
import {
  browserDetectedInterception,
  interceptionIssuer,
  proxyByExtension,
  proxyConfigured,
  sharedUntrustedIssuer,
} from './interception';
import { browserTlsSettings, clientCert, interrupted, siteCertificateDefault, siteConfiguration, tlsUnknown } from './kind';
import { otherSitesFail, otherSitesFine } from './probes';
import { reprobeOk, reprobeSame } from './reprobe';

export * from './clock';
export * from './interception';
export * from './kind';
export * from './probes';
export * from './reprobe';
export { LOCAL_SIGNAL_RULES, strongestLocalSignal } from './local-signal';

export const RULES: readonly NamedRule[] = [
  { name: 'clock-skew', run: clockSkew },
  { name: 'clock-correct', run: clockCorrect },
  { name: 'many-date-failures', run: manyDateFailures },
  { name: 'browser-detected-interception', run: browserDetectedInterception },
  { name: 'interception-issuer', run: interceptionIssuer },
  { name: 'shared-untrusted-issuer', run: sharedUntrustedIssuer },
  { name: 'proxy-by-extension', run: proxyByExtension },
  { name: 'proxy-configured', run: proxyConfigured },
  { name: 'other-sites-fine', run: otherSitesFine },
  { name: 'other-sites-fail', run: otherSitesFail },
  { name: 'reprobe-same', run: reprobeSame },
  { name: 'reprobe-ok', run: reprobeOk },
  { name: 'site-certificate-default', run: siteCertificateDefault },
  { name: 'site-configuration', run: siteConfiguration },
  { name: 'browser-tls-settings', run: browserTlsSettings },
  { name: 'interrupted', run: interrupted },
  { name: 'client-cert', run: clientCert },
  { name: 'tls-unknown', run: tlsUnknown },
];
