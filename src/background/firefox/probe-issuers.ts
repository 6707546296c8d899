// Firefox only: the certificate issuers of the extension's own other-site probes, matched against
// known interception software (src/core/interception). `webRequest.getSecurityInfo` answers only
// inside a blocking onHeadersReceived listener, so only for connections that succeeded; a probe of
// an unrelated site that loads through security software whose root Firefox trusts shows that
// software's name there. The listener exists only while a probe round runs, and only for the
// probed hosts and the extension's own requests (tabId -1): no page the person visits ever
// reaches it, so healthy browsing never wakes the background for it.
import type { InterceptionMatch } from '../../core/evidence';
import { interceptionMatchFor } from '../../core/interception';
import { hostOf } from '../../core/url';
import { browser, type WebRequest } from '../../platform/browser';
import { rememberInterception } from './interception-evidence';

/** A probe's response waits at most this long for getSecurityInfo. */
const SECURITY_INFO_TIMEOUT_MS = 1_000;

/** The issuer DN of the server certificate, as NSS prints it, when the connection is secure. */
export function issuerOf(info: WebRequest.SecurityInfo | undefined): string | undefined {
  if (info?.state !== 'secure' && info?.state !== 'weak') return undefined;
  const issuer = info.certificates[0]?.issuer;
  return typeof issuer === 'string' && issuer !== '' ? issuer : undefined;
}

/** Match patterns for the probed hosts (a pattern names no port: it matches every port; IPv6 keeps its brackets). */
export function probePatterns(urls: readonly string[]): string[] {
  const hosts = new Set(urls.map(hostOf).filter((h) => h !== ''));
  return [...hosts].map((h) => `https://${h}/*`);
}

const timeout = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));

/** The known interception software a security-info answer for `host` names, if any. */
function matchIn(answer: WebRequest.SecurityInfo | undefined, host: string): InterceptionMatch | undefined {
  const issuer = issuerOf(answer);
  return issuer === undefined ? undefined : interceptionMatchFor(issuer, host);
}

/**
 * Runs `round` (the probes of `urls`) with a blocking onHeadersReceived listener for those URLs
 * that reads each successful connection's issuer; removes the listener afterwards and resolves
 * once any match is stored.
 */
export async function withIssuerListener<T>(
  urls: readonly string[],
  round: () => Promise<T>,
  webRequest: Pick<typeof browser.webRequest, 'onHeadersReceived' | 'getSecurityInfo'> = browser.webRequest,
): Promise<T> {
  const hosts = new Set(urls.map(hostOf));
  const stored: Promise<void>[] = [];
  // Blocking only so that getSecurityInfo answers: every response goes through unchanged.
  function onProbeHeaders(details: WebRequest.OnHeadersReceivedDetailsType): Promise<WebRequest.BlockingResponse> | undefined {
    const host = hostOf(details.url);
    if (details.tabId !== -1 || !hosts.has(host)) return undefined;
    const answer = Promise.race([
      webRequest.getSecurityInfo(details.requestId, {}).catch(() => undefined),
      timeout(SECURITY_INFO_TIMEOUT_MS),
    ]);
    stored.push(
      answer
        .then((a) => matchIn(a, host))
        .then((m) => m && rememberInterception(m, Date.now()))
        .catch(() => undefined),
    );
    return answer.then(() => ({}));
  }
  try {
    webRequest.onHeadersReceived.addListener(onProbeHeaders, { urls: probePatterns(urls), tabId: -1 }, ['blocking']);
  } catch {
    // A pattern Firefox refuses (an odd host name): the probes still run, without issuers.
    return round();
  }
  try {
    return await round();
  } finally {
    webRequest.onHeadersReceived.removeListener(onProbeHeaders);
    await Promise.all(stored);
  }
}

/** Runs a probe round, reading its issuers in Firefox; just the round in the Chromium build. */
export function readingProbeIssuers<T>(urls: readonly string[], round: () => Promise<T>): Promise<T> {
  return __BROWSER__ === 'firefox' ? withIssuerListener(urls, round) : round();
}
