// Security software simulated: a root named as Kaspersky names the one it installs (the CN and O
// its products put in the certificates they mint; see src/core/interception/product-issuers.ts),
// and one server that answers any name with a certificate from that root, minted on first use,
// as scanning software does for every site. A profile that trusts the root loads those sites like
// a machine with the product installed; names starting with `expired.` get an expired
// certificate from the same root, the one site that fails.
import https from 'node:https';
import tls from 'node:tls';
import { DAY, createLeaf } from './certs.mjs';

export const PRODUCT_ROOT_NAME = 'CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab';
/** The name the extension shows for that root (data-product). */
export const PRODUCT_NAME = 'Kaspersky';
/** Sites behind the product that load (the other-site probes go there). */
export const PRODUCT_SITE_HOSTS = Object.freeze(['news.av.hd.test', 'shop.av.hd.test']);
/** The site behind the product that fails: its certificate from the product's root has expired. */
export const PRODUCT_FAILING_HOST = 'expired.av.hd.test';
/** Names minted at most (the harness is local, but a loop of odd names must not grow it without end). */
const MAX_MINTED = 64;

/**
 * @param {object} p
 * @param {import('./certs.mjs').Authority} p.root  the product-named root
 * @param {CryptoKeyPair} p.keys  key pair every minted leaf uses
 * @param {number} p.now  ms since epoch
 * @param {import('node:http').RequestListener} p.handler  answers requests (any host)
 * @returns {Promise<import('node:https').Server>}
 */
export async function createProductServer({ root, keys, now, handler }) {
  /** @type {Map<string, Promise<tls.SecureContext>>} */
  const minted = new Map();
  /** @param {string} name */
  const contextFor = (name) => {
    let context = minted.get(name);
    if (!context) {
      const expired = name.startsWith('expired.');
      context = createLeaf({
        dnsNames: [name],
        issuer: root,
        keys,
        notBefore: expired ? now - 120 * DAY : now - DAY,
        notAfter: expired ? now - 30 * DAY : now + 90 * DAY,
      }).then((leaf) => tls.createSecureContext({ cert: leaf.certPem, key: leaf.keyPem }));
      if (minted.size < MAX_MINTED) minted.set(name, context);
    }
    return context;
  };
  const fallback = await createLeaf({
    dnsNames: [PRODUCT_SITE_HOSTS[0]],
    issuer: root,
    keys,
    notBefore: now - DAY,
    notAfter: now + 90 * DAY,
  });
  const server = https.createServer(
    {
      cert: fallback.certPem,
      key: fallback.keyPem,
      SNICallback: (name, done) => {
        contextFor(name.toLowerCase()).then(
          (context) => done(null, context),
          (error) => done(error),
        );
      },
    },
    handler,
  );
  server.keepAliveTimeout = 2000;
  return server;
}
