// Local TLS fault harness for the end-to-end tests: one loopback server per fault, certificates
// generated at start. See README.md in this folder.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CASE_DEFS,
  INTERCEPTION_EXPECT,
  INTERCEPTION_HOSTS,
  TIME_HOST,
  TIME_SOURCE_HOSTS,
  TLS12_CHECK_HOST,
  TLS12_CHECK_PORT,
  WRONG_HOST_CERT_NAME,
} from './cases.mjs';
import { DAY, INTERCEPTION_ROOT_NAME, TEST_ROOT_NAME, UNTRUSTED_ROOT_NAME, createLeaf, createRoot, newKeys } from './certs.mjs';
import { makeNssDb } from './nss.mjs';
import { makeHttpsHandler, timeServerHandler } from './pages.mjs';
import { SCOPE_HOSTS, createScopeServers } from './scope-servers.mjs';
import { createHoldOpenFront, createPlainHttpServer, createResetServer, freePort, listenTracked } from './servers.mjs';
import { TOGGLE_HOST, createToggleSite } from './toggle-server.mjs';
import { PRODUCT_FAILING_HOST, PRODUCT_NAME, PRODUCT_ROOT_NAME, PRODUCT_SITE_HOSTS, createProductServer } from './product-root.mjs';
import { MIDDLEBOX_HOST, createMlkemMiddlebox } from './mlkem-middlebox.mjs';
import { ALTERNATIVE_HOSTS, createAlternativeHostSite } from './alternative-hosts.mjs';
import { PORTAL_CHECK_HOSTS, PORTAL_HOST, PORTAL_SITE_HOST, createCaptivePortalServer } from './captive-portal-server.mjs';

export { CASE_DEFS, INTERCEPTION_HOSTS } from './cases.mjs';

/**
 * @typedef {import('./cases.mjs').CaseName} CaseName
 * @typedef {{ url: string, host: string, port: number, expectChromium: string[], expectFirefox: string }} HarnessCase
 * @typedef {object} Harness
 * @property {Record<CaseName, HarnessCase>} cases
 * @property {HarnessCase[]} interception  icpt-1..5.hd.test, leaves from the "BadSSL MITM Software Test" root
 * @property {{ name: string, sites: string[], failing: string, rootPem: string }} product  security software
 *   simulated (product-root.mjs): site URLs that load once its root is trusted, and one that fails
 * @property {{ index: string, mixed: string, healthy: string, subresources: string, json: string, img: string }} pages
 * @property {{ image: string, fetch: string, iframe: string }} mixedTargets  faulty URLs that /mixed loads
 * @property {{ url: string, host: string, port: number }} time  plain-HTTP server with the real time in `Date`
 *   (also answering as TIME_SOURCE_HOSTS, and serving the forged-Date chain, pages.mjs `forgedDateHop`)
 * @property {{ url: string, control: string }} toggle  a site fixed mid-test that logs its requests (toggle-server.mjs)
 * @property {{ url: string, hellos: import('./mlkem-middlebox.mjs').HelloReading[] }} middlebox  a healthy site behind a
 *   proxy that resets connections offering a post-quantum key share; `hellos` lists every ClientHello it read
 * @property {{ alt: string, noAlt: string, port: number, control: string }} alternative  name-mismatch sites whose www. form
 *   works (alt) or fails too (noAlt), on one port, logging their requests (alternative-hosts.mjs)
 * @property {Record<import('./scope-servers.mjs').ScopeCaseName, { url: string, host: string, port: number }>} scope  devices and intranet sites (scope-servers.mjs)
 * @property {{ site: string, control: string, log: string }} portal  the captive portal (captive-portal-server.mjs): a site
 *   served with the portal's certificate, and the port-80 server's control and log URLs (wellKnownPorts only)
 * @property {string[]} hostnames  every harness name (for Firefox's network.dns.localDomains)
 * @property {string} rootCaPem  the test root the test profiles trust
 * @property {string} rootCaPath
 * @property {string} untrustedRootPem  never trusted (the untrusted-root case)
 * @property {string} interceptionRootPem  never trusted (the icpt-N hosts)
 * @property {string} dir
 * @property {string} hostResolverRules  value for Chromium's --host-resolver-rules
 * @property {(dir: string) => Promise<string>} makeNssDb  NSS db in dir trusting the test root; returns dir
 * @property {() => Promise<void>} stop
 */

const HOST_RESOLVER_RULES = `MAP *.hd.test 127.0.0.1 , ${[...TIME_SOURCE_HOSTS, ...Object.values(SCOPE_HOSTS), TLS12_CHECK_HOST, ...PORTAL_CHECK_HOSTS].map((h) => `MAP ${h} 127.0.0.1 , `).join('')}MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost`;

const LEGACY_CIPHERS = 'DEFAULT@SECLEVEL=0';
/** Like badssl.com's tls-v1-2 server: TLS 1.2 and nothing else. */
const TLS12_ONLY = /** @type {const} */ ({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
const DHE_CIPHERS = [
  'DHE-RSA-AES128-GCM-SHA256',
  'DHE-RSA-AES256-GCM-SHA384',
  'DHE-RSA-CHACHA20-POLY1305',
  'DHE-RSA-AES128-SHA256',
  'DHE-RSA-AES256-SHA256',
  'DHE-RSA-AES128-SHA',
  'DHE-RSA-AES256-SHA',
].join(':');

/**
 * @param {{ dir?: string, quiet?: boolean, wellKnownPorts?: boolean }} [options]
 *   wellKnownPorts: also serve the default check URLs' hosts on their real ports (80, 1012) on
 *   127.0.0.1, which needs root; the e2e suites ask for it and fail loudly when a port cannot be bound.
 * @returns {Promise<Harness>}
 */
export async function startHarness({ dir, quiet = false, wellKnownPorts = false } = {}) {
  /** @type {(line: string) => void} */
  const log = quiet ? () => {} : (line) => void process.stderr.write(`harness: ${line}\n`);
  const ownDir = !dir;
  const base = dir ?? (await mkdtemp(join(tmpdir(), 'hd-harness-')));
  await mkdir(join(base, 'certs'), { recursive: true });

  // --- PKI -------------------------------------------------------------------------------
  const now = Date.now();
  const [rootKeys, untrustedKeys, icptKeys, selfKeys, leafKeys] = await Promise.all([
    newKeys(),
    newKeys(),
    newKeys(),
    newKeys(),
    newKeys(),
  ]);
  const [testRoot, untrustedRoot, icptRoot, portalRoot] = await Promise.all([
    createRoot(TEST_ROOT_NAME, rootKeys, now),
    createRoot(UNTRUSTED_ROOT_NAME, untrustedKeys, now),
    createRoot(INTERCEPTION_ROOT_NAME, icptKeys, now),
    createRoot('CN=Hotel Wi-Fi Portal CA, O=Captive Portal', untrustedKeys, now),
  ]);
  /**
   * @param {string} name
   * @param {import('./certs.mjs').Authority | null} issuer
   * @param {{ notBefore?: number, notAfter?: number, keys?: CryptoKeyPair }} [o]
   */
  const leaf = (name, issuer, o = {}) =>
    createLeaf({
      dnsNames: [name],
      issuer,
      keys: o.keys ?? leafKeys,
      notBefore: o.notBefore ?? now - DAY,
      notAfter: o.notAfter ?? now + 90 * DAY,
    });
  /** @param {string} name */
  const host = (name) => /** @type {import('./cases.mjs').CaseDef} */ (CASE_DEFS.find((c) => c.name === name)).host;

  const [
    healthyLeaf,
    expiredLeaf,
    futureLeaf,
    selfLeaf,
    untrustedLeaf,
    wrongHostLeaf,
    legacyLeaf,
    dheLeaf,
    cc13Leaf,
    cc12Leaf,
    toggleLeaf,
    middleboxLeaf,
    tls12Leaf,
    tls12CheckLeaf,
    portalLeaf,
    ...icptLeaves
  ] = await Promise.all([
    leaf(host('healthy'), testRoot),
    leaf(host('expired'), testRoot, { notBefore: now - 120 * DAY, notAfter: now - 30 * DAY }),
    leaf(host('not-yet-valid'), testRoot, { notBefore: now + 30 * DAY, notAfter: now + 120 * DAY }),
    leaf(host('self-signed'), null, { keys: selfKeys }),
    leaf(host('untrusted-root'), untrustedRoot),
    leaf(WRONG_HOST_CERT_NAME, testRoot),
    leaf(host('tls-1.0-1.1-only'), testRoot),
    leaf(host('dhe-only'), testRoot),
    leaf(host('client-cert-required'), testRoot),
    leaf(host('client-cert-tls12'), testRoot),
    leaf(TOGGLE_HOST, testRoot),
    leaf(MIDDLEBOX_HOST, testRoot),
    leaf(host('tls12-only'), testRoot),
    leaf(TLS12_CHECK_HOST, testRoot),
    leaf(PORTAL_SITE_HOST, portalRoot),
    ...INTERCEPTION_HOSTS.map((h) => leaf(h, icptRoot)),
  ]);

  const rootCaPath = join(base, 'root.pem');
  await Promise.all([
    writeFile(rootCaPath, testRoot.certPem),
    writeFile(join(base, 'untrusted-root.pem'), untrustedRoot.certPem),
    writeFile(join(base, 'interception-root.pem'), icptRoot.certPem),
  ]);

  // --- servers ---------------------------------------------------------------------------
  /** @type {import('./pages.mjs').PageContext | null} */
  let ctx = null;
  /** @type {Promise<void>[]} */
  const certWrites = []; // leaf certificates, for inspection with openssl
  const getCtx = () => /** @type {import('./pages.mjs').PageContext} */ (ctx);

  /**
   * @param {string} servedHost
   * @param {import('./certs.mjs').Leaf} l
   * @param {import('node:https').ServerOptions} [tlsOptions]
   */
  const httpsServer = (servedHost, l, tlsOptions = {}) => {
    certWrites.push(writeFile(join(base, 'certs', `${servedHost}.pem`), l.certPem));
    const server = https.createServer({ cert: l.certPem, key: l.keyPem, ...tlsOptions }, makeHttpsHandler(getCtx, servedHost));
    server.keepAliveTimeout = 2000;
    return server;
  };
  /** A server that asks for a client certificate from the test root and refuses a connection without one. */
  const clientCertServer = (name, l, versions) =>
    httpsServer(host(name), l, { ...versions, requestCert: true, rejectUnauthorized: true, ca: [testRoot.certPem] });

  /** @type {[string, import('node:net').Server][]} */
  const plan = [
    ['healthy', httpsServer(host('healthy'), healthyLeaf)],
    ['expired', httpsServer(host('expired'), expiredLeaf)],
    ['not-yet-valid', httpsServer(host('not-yet-valid'), futureLeaf)],
    ['self-signed', httpsServer(host('self-signed'), selfLeaf)],
    ['untrusted-root', httpsServer(host('untrusted-root'), untrustedLeaf)],
    ['wrong-host', httpsServer(host('wrong-host'), wrongHostLeaf)],
    [
      'tls-1.0-1.1-only',
      httpsServer(host('tls-1.0-1.1-only'), legacyLeaf, { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: LEGACY_CIPHERS }),
    ],
    [
      'dhe-only',
      httpsServer(host('dhe-only'), dheLeaf, { maxVersion: 'TLSv1.2', ciphers: DHE_CIPHERS, dhparam: 'auto', honorCipherOrder: true }),
    ],
    ['tls12-only', httpsServer(host('tls12-only'), tls12Leaf, TLS12_ONLY)],
    ['tcp-reset', createResetServer()],
    ['plain-http', createPlainHttpServer()],
    ...INTERCEPTION_HOSTS.map(
      (h, i) =>
        /** @type {[string, import('node:net').Server]} */ ([h, httpsServer(h, /** @type {import('./certs.mjs').Leaf} */ (icptLeaves[i]))]),
    ),
    ['time', http.createServer(timeServerHandler)],
    [PORTAL_SITE_HOST, httpsServer(PORTAL_SITE_HOST, portalLeaf)],
  ];
  const toggleSite = createToggleSite(toggleLeaf);
  plan.push(['toggle', toggleSite.site], ['toggle-control', toggleSite.control]);
  const productRoot = await createRoot(PRODUCT_ROOT_NAME, await newKeys(), now);
  await writeFile(join(base, 'product-root.pem'), productRoot.certPem);
  const productHandler = makeHttpsHandler(getCtx, PRODUCT_SITE_HOSTS[0]);
  plan.push(['product', await createProductServer({ root: productRoot, keys: leafKeys, now, handler: productHandler })]);
  const alternativeSite = createAlternativeHostSite(await leaf(ALTERNATIVE_HOSTS.altWww, testRoot), wrongHostLeaf);
  plan.push(['alternative', alternativeSite.site], ['alternative-control', alternativeSite.control]);
  const scopeServers = await createScopeServers({ leaf, httpsServer, testRoot, untrustedRoot, selfKeys, legacyCiphers: LEGACY_CIPHERS });
  plan.push(...scopeServers);

  /** @type {import('./mlkem-middlebox.mjs').HelloReading[]} */
  const middleboxHellos = [];
  /** @type {import('./servers.mjs').Running[]} */
  const running = [];
  try {
    // The client-certificate servers listen behind a front that holds the browser's side open
    // (servers.mjs says why); the case URLs name the fronts.
    for (const [name, server] of /** @type {const} */ ([
      ['client-cert-required', clientCertServer('client-cert-required', cc13Leaf, { minVersion: 'TLSv1.3' })],
      ['client-cert-tls12', clientCertServer('client-cert-tls12', cc12Leaf, { maxVersion: 'TLSv1.2' })],
    ])) {
      const backend = await listenTracked(server, `${name} (server)`, log);
      running.push(backend);
      plan.push([name, createHoldOpenFront(backend.port)]);
    }
    const middleboxBackend = await listenTracked(httpsServer(MIDDLEBOX_HOST, middleboxLeaf), 'middlebox (server)', log);
    running.push(middleboxBackend);
    plan.push(['middlebox', createMlkemMiddlebox(middleboxBackend.port, (reading) => middleboxHellos.push(reading))]);
    for (const [label, server] of plan) running.push(await listenTracked(server, label, log));
    // Servers on fixed ports, for the default check URLs (each pushes [label, server, port]).
    /** @type {[string, import('node:net').Server, number][]} */
    const fixed = [];
    fixed.push(['tls12-check', httpsServer(TLS12_CHECK_HOST, tls12CheckLeaf, TLS12_ONLY), TLS12_CHECK_PORT]);
    fixed.push(['captive-portal', createCaptivePortalServer(), 80]);
    if (wellKnownPorts) for (const [label, server, port] of fixed) running.push(await listenTracked(server, label, log, port));
  } catch (err) {
    await Promise.all(running.map((r) => r.close()));
    throw err;
  }
  /** @param {string} label */
  const portOf = (label) => /** @type {import('./servers.mjs').Running} */ (running.find((r) => r.label === label)).port;
  const refusedPort = await freePort();
  await Promise.all(certWrites);

  // --- description -----------------------------------------------------------------------
  const cases = /** @type {Record<CaseName, HarnessCase>} */ ({});
  for (const def of CASE_DEFS) {
    const port = def.name === 'refused' ? refusedPort : portOf(def.name);
    cases[def.name] = {
      url: `https://${def.host}:${port}/`,
      host: def.host,
      port,
      expectChromium: [...def.expectChromium],
      expectFirefox: def.expectFirefox,
    };
  }
  const interception = INTERCEPTION_HOSTS.map((h) => ({
    url: `https://${h}:${portOf(h)}/`,
    host: h,
    port: portOf(h),
    expectChromium: [...INTERCEPTION_EXPECT.expectChromium],
    expectFirefox: INTERCEPTION_EXPECT.expectFirefox,
  }));
  const scope = Object.fromEntries(
    scopeServers.map(([name]) => [
      name,
      { url: `https://${SCOPE_HOSTS[name]}:${portOf(name)}/`, host: SCOPE_HOSTS[name], port: portOf(name) },
    ]),
  );
  const origin = `https://${host('healthy')}:${portOf('healthy')}`;
  const product = {
    name: PRODUCT_NAME,
    sites: PRODUCT_SITE_HOSTS.map((h) => `https://${h}:${portOf('product')}/`),
    failing: `https://${PRODUCT_FAILING_HOST}:${portOf('product')}/`,
    rootPem: productRoot.certPem,
  };
  const time = { url: `http://${TIME_HOST}:${portOf('time')}/`, host: TIME_HOST, port: portOf('time') };
  const mixedTargets = {
    image: `${cases.expired.url}img.png`,
    fetch: `${cases['untrusted-root'].url}json`,
    iframe: `${cases['untrusted-root'].url}healthy`,
  };
  ctx = {
    healthyOrigin: origin,
    cases: CASE_DEFS.map((d) => ({ name: d.name, title: d.title, url: cases[d.name].url })),
    interception: interception.map((i) => ({ host: i.host, url: i.url })),
    mixed: mixedTargets,
    timeUrl: time.url,
  };
  log(`ready: ${origin}/ (${running.length} servers, dir ${base})`);

  /** @type {Promise<void> | null} */
  let stopping = null;
  return {
    cases,
    interception,
    product,
    pages: {
      index: `${origin}/`,
      mixed: `${origin}/mixed`,
      healthy: `${origin}/healthy`,
      subresources: `${origin}/subresources?n=100`,
      json: `${origin}/json`,
      img: `${origin}/img.png`,
    },
    mixedTargets,
    time,
    toggle: { url: `https://${TOGGLE_HOST}:${portOf('toggle')}/`, control: `http://${TOGGLE_HOST}:${portOf('toggle-control')}/` },
    middlebox: { url: `https://${MIDDLEBOX_HOST}:${portOf('middlebox')}/`, hellos: middleboxHellos },
    alternative: {
      alt: `https://${ALTERNATIVE_HOSTS.alt}:${portOf('alternative')}/`,
      noAlt: `https://${ALTERNATIVE_HOSTS.noAlt}:${portOf('alternative')}/`,
      port: portOf('alternative'),
      control: `http://${ALTERNATIVE_HOSTS.alt}:${portOf('alternative-control')}/`,
    },
    scope: /** @type {Harness['scope']} */ (scope),
    portal: {
      site: `https://${PORTAL_SITE_HOST}:${portOf(PORTAL_SITE_HOST)}/`,
      control: `http://${PORTAL_HOST}/control/`,
      log: `http://${PORTAL_HOST}/log`,
    },
    hostnames: [
      ...CASE_DEFS.map((d) => d.host),
      ...INTERCEPTION_HOSTS,
      TIME_HOST,
      ...TIME_SOURCE_HOSTS,
      TOGGLE_HOST,
      ...PRODUCT_SITE_HOSTS,
      PRODUCT_FAILING_HOST,
      MIDDLEBOX_HOST,
      ...Object.values(ALTERNATIVE_HOSTS),
      TLS12_CHECK_HOST,
      ...Object.values(SCOPE_HOSTS),
      PORTAL_SITE_HOST,
      PORTAL_HOST,
      ...PORTAL_CHECK_HOSTS,
    ],
    rootCaPem: testRoot.certPem,
    rootCaPath,
    untrustedRootPem: untrustedRoot.certPem,
    interceptionRootPem: icptRoot.certPem,
    dir: base,
    hostResolverRules: HOST_RESOLVER_RULES,
    makeNssDb: (nssDir) => makeNssDb(nssDir, rootCaPath),
    stop: () =>
      (stopping ??= (async () => {
        await Promise.all(running.map((r) => r.close()));
        if (ownDir) await rm(base, { recursive: true, force: true });
        log('stopped');
      })()),
  };
}

/**
 * Plain JSON description of a running harness (what cli.mjs writes to harness.json).
 * @param {Harness} h
 */
export function harnessInfo(h) {
  const {
    cases,
    interception,
    product,
    pages,
    mixedTargets,
    time,
    toggle,
    middlebox,
    alternative,
    scope,
    portal,
    hostnames,
    rootCaPath,
    dir,
    hostResolverRules,
  } = h;
  return {
    cases,
    interception,
    product: { name: product.name, sites: product.sites, failing: product.failing },
    pages,
    mixedTargets,
    time,
    toggle,
    middlebox: { url: middlebox.url },
    alternative,
    scope,
    portal,
    hostnames,
    rootCaPath,
    untrustedRootPath: join(dir, 'untrusted-root.pem'),
    interceptionRootPath: join(dir, 'interception-root.pem'),
    productRootPath: join(dir, 'product-root.pem'),
    dir,
    hostResolverRules,
  };
}
