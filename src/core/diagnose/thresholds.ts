// Every number the diagnose rules use, in one place, each with the reason for its value.
//
// Confidence contributions are on a 0..1 scale and are combined per cause by noisy-or (see
// combine.ts). Read them against the verdict thresholds at the bottom: a lone contribution below
// `verdict.uncertainBelow` (0.5) can never produce a confident verdict by itself, so the values
// below 0.5 mark rules that are hints ("moderate"), and values at or above it mark rules whose
// evidence is enough on its own.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const THRESHOLDS = {
  clock: {
    /** Chrome's clock interstitial judges the clock wrong beyond ±5 min against network time; smaller
     *  differences are within the noise of `Date` headers (1 s resolution, caches, slow responses). */
    toleranceMs: 5 * MINUTE,
    /** Firefox's clock-skew hint needs a day. Past this, the skew alone explains nearly every
     *  date failure (certificate lifetimes are whole days; issuers backdate by an hour or more). */
    farMs: DAY,
    /** One server's `Date` header can itself be wrong; two agreeing hosts make the estimate credible. */
    minSources: 2,
    /** Three agreeing hosts with a day-plus skew: as sure as this product gets without NTP. */
    strongSources: 3,
    /** ≥ 1 day off, ≥ 3 sources: the clock explains the date failure. */
    skewStrong: 0.95,
    /** ≥ 1 day off, 2 sources. */
    skewFar: 0.85,
    /** 5 min..1 day off, ≥ 2 sources: the clock is wrong, but only certificates issued or expiring
     *  within that window are affected, so the site can still be the cause. */
    skewNear: 0.6,
    /** A single source ≥ 1 day off: a hint, on a par with the site default (so the verdict is uncertain). */
    skewOneSourceFar: 0.45,
    /** A single source 5 min..1 day off: a weak hint. */
    skewOneSourceNear: 0.3,
    /** Clock verified right by ≥ 2 sources: the certificate itself is out of date. */
    correct: 0.75,
    /** … by ≥ 3 sources. */
    correctStrong: 0.85,
  },
  manyDateFailures: {
    /** Date failures spread over a few minutes are one browsing session under one clock. */
    windowMs: 10 * MINUTE,
    /** Three unrelated sites with expired certificates at once is far more likely a clock problem
     *  than three site owners forgetting to renew (two can still be coincidence). */
    minSites: 3,
    /** Medium: without a clock estimate, a shared expired intermediate or an intercepting proxy
     *  re-signing with an old certificate are also possible. */
    confidence: 0.55,
  },
  sharedIssuer: {
    /** Interception software touches every connection; its failures cluster within a burst of
     *  browsing. Two minutes keeps unrelated site faults from being counted together. */
    windowMs: 2 * MINUTE,
    /** Three unrelated sites with the same untrusted-issuer error within two minutes: no plausible
     *  coincidence of independent site faults. */
    minSites: 3,
    confidence: 0.7,
    /** Five or more: near certain. */
    strongSites: 5,
    confidenceStrong: 0.85,
  },
  interceptionIssuer: {
    /** A certificate issued by known interception software on the failing host itself. */
    sameHost: 0.9,
    /** Seen on another connection: the software is present, but may not be what broke this one. */
    otherHost: 0.75,
    /** On a certificate failure, `site-certificate` × this: the refused certificate is the
     *  software's re-issue. 0.6 keeps a site cause backed by a correct clock and other sites
     *  loading (0.925) below the software seen elsewhere (0.75) by more than the 0.15 margin. */
    siteCertificateFactor: 0.6,
  },
  /** Kind `interception-detected`: the browser itself says so (TLS 1.3 downgrade sentinel, MITM check). */
  browserDetectedInterception: 0.9,
  proxy: {
    /** An extension-controlled proxy and a certificate error of the kinds a re-signing proxy causes. */
    extensionCertKinds: 0.6,
    /** An extension-controlled proxy and any other TLS failure: a plausible suspect, not enough alone. */
    extensionOtherKinds: 0.4,
    /** A proxy configured by the person or the system: usually deliberate and harmless; a low hint. */
    configured: 0.25,
  },
  otherSites: {
    /** Ignore probe lists longer than this (the default list has a handful of endpoints). */
    maxResults: 50,
    /** All probes fine, one probe: the problem is likely specific to the site. */
    fineOne: 0.35,
    /** All probes fine, ≥ 2 probes. */
    fineMany: 0.5,
    /** For handshake-interrupted, "only this site" also fits a filter that blocks just this site,
     *  so the boost to site-configuration stays small. */
    fineInterrupted: 0.2,
    /** At least this fraction of probes failing with a TLS kind makes it local ("half" per design). */
    failFraction: 0.5,
    /** One failing probe: the probe endpoint could have its own fault. */
    failOne: 0.55,
    /** Two or more failing probes. */
    failMany: 0.7,
  },
  reprobe: {
    /** A repeat of the same failure from the extension: persistence, attached to the likeliest
     *  persistent explanation. Small: it rules out flukes, not causes. */
    same: 0.15,
    /** For handshake-interrupted the design says a repeat makes the kind certain: a steady reset
     *  of one site is a filter or firewall more than a flaky link. */
    sameInterrupted: 0.3,
    /** It loaded when tried again: transient, so a network blip; below 0.5 so it stays uncertain alone. */
    ok: 0.45,
    /** …and halves the site causes: the site served a good handshake moments later. */
    okSiteFactor: 0.5,
  },
  siteDefault: {
    /** cert-date / cert-untrusted / cert-invalid with no local signal: often the site, but a wrong
     *  clock, a private CA or interception look identical without more evidence (moderate). */
    moderate: 0.45,
    /** cert-name / cert-revoked / cert-weak are almost always the site's fault. */
    high: 0.65,
    /** A local finding at least this strong suppresses the site default (it would contradict it). */
    localSignalMin: 0.5,
  },
  siteConfiguration: {
    /** protocol-mismatch / protocol-error: usually an obsolete or broken server (moderate). */
    confidence: 0.45,
  },
  tls12Check: {
    /** A TLS-1.2-only endpoint failed the same way: this browser will not speak TLS 1.2, which
     *  nearly every site needs. Measured, so enough on its own. */
    refused: 0.8,
    /** …and the site is then hardly at fault (0.725 × 0.2 stays under the checklist's 0.2 for lesser causes). */
    refusedSiteFactor: 0.2,
    /** The browser spoke TLS 1.2: the mismatch is on the site's side (with the kind prior, 0.725). */
    spoke: 0.5,
    /** The endpoint could not be reached: the browser's settings stay a suspect (a hint)… */
    unreachable: 0.3,
    /** …and the site verdict is held below a confident one (0.725 × 0.6 < 0.5), so the verdict is hedged. */
    unreachableSiteFactor: 0.6,
  },
  interrupted: {
    /** A reset or timeout during the handshake on an https URL: middleboxes are the usual cause,
     *  but a flaky link or an overloaded server look the same (moderate). */
    confidence: 0.45,
    /** Other sites interrupted in this window count as the same network condition. */
    windowMs: 10 * MINUTE,
    /** Two other sites cut off the same way: the network, not the site. */
    minOtherSites: 2,
    confidenceMany: 0.7,
  },
  middlebox: {
    /** A cut-off handshake repeated by the re-probe while other sites load: one site's secure
     *  connections are stopped on the way, the signature of a box choking on the ClientHello. */
    cutOff: 0.75,
    /** The same for a protocol error: a site with broken TLS fits as well, so the verdict stays open
     *  against the site-configuration rules. */
    protocolError: 0.7,
    /** TLS 1.3's downgrade sentinel: something on the path answered for the site with older TLS. */
    downgrade: 0.85,
    /** …which security software on this computer can be too: interception stays listed, lower. */
    downgradeInterceptionFactor: 0.6,
  },
  codeFamilies: {
    /** CT is enforced only for publicly trusted chains: the site's certificate, whatever else we see. */
    certificateTransparency: 0.7,
    /** …and no interception root can cause it, so interception findings count for less. */
    ctInterceptionFactor: 0.3,
    /** A certificate whose key usage forbids the key exchange: mis-issued, only its owner can fix it. */
    keyUsage: 0.7,
    /** Published ECH keys that do not match the server: the site's setup, though a stale DNS answer
     *  or a resolver on the path can cause it too (moderate). */
    ech: 0.55,
    /** QUIC failures: a network that blocks or alters UDP is the usual cause, the site's HTTP/3 setup
     *  the other (a hint on a par with it). */
    quic: 0.5,
  },
  /** The site asked for a client certificate: the error itself says so. */
  clientCert: 0.8,
  /** The host's name says whose server it is (a device at home, an intranet site, a program on this
   *  computer): that server answers for its certificate and TLS set-up, and no public site's probe
   *  can say more. Enough alone; with the kind's own site default (0.45) a firm 0.725. */
  hostScope: 0.5,
  /** A TLS error outside the catalog: we know it is TLS, nothing more. */
  tlsUnknown: 0.3,
  alternativeHost: {
    /** The other form of the name (`www.` added or removed) answered with a certificate the browser
     *  accepts, over the same network moments later: the failed name's certificate is at fault. */
    confidence: 0.8,
    /** …and the local causes that would have spoiled that handshake too are halved. */
    localFactor: 0.5,
  },
  captivePortal: {
    /** The check URL answered with a redirect, a 511 or a page: the network is holding every
     *  connection until a sign-in, as Chrome concludes before it blames anything else. */
    confidence: 0.9,
    /** A portal answering for every host explains certificate errors everywhere: interception
     *  and the site's own causes keep only this share (Chrome's ssl_error_handler.cc checks for a
     *  portal first for the same reason). Even near-certain interception (0.985 from two rules)
     *  ends below the checklist's 0.2 for secondary causes: no antivirus or reset steps for a portal. */
    otherCauseFactor: 0.2,
  },
  /** Work caps: the background stores history, but rules look only at the most recent entries. */
  maxRecentFailures: 200,
  verdict: {
    /** Below this, the top cause is a guess: surfaces say "we could not tell for sure". */
    uncertainBelow: 0.5,
    /** Top two causes closer than this cannot be told apart. */
    uncertainMargin: 0.15,
  },
} as const;

export const TIME = { MINUTE, HOUR, DAY } as const;
