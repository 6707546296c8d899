// The servers for SCOPE_HOSTS (cases.mjs): the faults of a device at home and of an intranet site,
// under names that are not public sites.
import { SCOPE_HOSTS } from './cases.mjs';

export { SCOPE_HOSTS };

/**
 * @typedef {keyof typeof SCOPE_HOSTS} ScopeCaseName
 * @param {object} p
 * @param {(name: string, issuer: import('./certs.mjs').Authority | null, o?: { keys?: CryptoKeyPair }) => Promise<import('./certs.mjs').Leaf>} p.leaf
 * @param {(host: string, l: import('./certs.mjs').Leaf, tlsOptions?: import('node:https').ServerOptions) => import('node:net').Server} p.httpsServer
 * @param {import('./certs.mjs').Authority} p.testRoot  trusted by the test profiles
 * @param {import('./certs.mjs').Authority} p.untrustedRoot  never trusted: stands for an organisation's own authority
 * @param {CryptoKeyPair} p.selfKeys  for the device's self-signed certificate
 * @param {string} p.legacyCiphers  an OpenSSL cipher string that allows TLS 1.0
 * @returns {Promise<[ScopeCaseName, import('node:net').Server][]>}
 */
export async function createScopeServers({ leaf, httpsServer, testRoot, untrustedRoot, selfKeys, legacyCiphers }) {
  const host = SCOPE_HOSTS;
  const [router, nas, wiki, intranet] = await Promise.all([
    leaf(host['device-tls10'], testRoot),
    leaf(host['device-self-signed'], null, { keys: selfKeys }),
    leaf(host['intranet-internal'], untrustedRoot),
    leaf(host['intranet-single-label'], untrustedRoot),
  ]);
  return [
    ['device-tls10', httpsServer(host['device-tls10'], router, { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: legacyCiphers })],
    ['device-self-signed', httpsServer(host['device-self-signed'], nas)],
    ['intranet-internal', httpsServer(host['intranet-internal'], wiki)],
    ['intranet-single-label', httpsServer(host['intranet-single-label'], intranet)],
  ];
}
