// Test PKI for the fault harness: generated fresh at every start with @peculiar/x509 on
// Node's WebCrypto. Nothing here is ever trusted outside the throwaway NSS databases the
// tests create (see nss.mjs).
import './reflect-shim.mjs'; // must precede @peculiar/x509
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(globalThis.crypto);

const DAY = 24 * 60 * 60 * 1000;

/** RSA 2048 / SHA-256: DHE-RSA and TLS 1.0 servers need an RSA leaf, Chromium needs >= 2048. */
const ALG = /** @type {RsaHashedKeyGenParams} */ ({
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
});

/** Subject of the test root that the test profiles trust. */
export const TEST_ROOT_NAME = 'CN=Handshake Doctor Test Root CA, O=Handshake Doctor Tests';
/** Subject of a private root that is never trusted (the `untrusted-root` case). */
export const UNTRUSTED_ROOT_NAME = 'CN=Handshake Doctor Untrusted Private Root, O=Unknown Private PKI';
/**
 * Subject of the never-trusted root that signs the `icpt-N` leaves. Its CN matches the
 * "BadSSL Antivirus" row of interception-software.tsv (chromium's ssl_error_assistant list).
 */
export const INTERCEPTION_ROOT_NAME = 'CN=BadSSL MITM Software Test, O=BadSSL, C=US';

/**
 * @typedef {{ cert: x509.X509Certificate, keys: CryptoKeyPair, certPem: string }} Authority
 * @typedef {{ certPem: string, keyPem: string }} Leaf  PEM pair for tls.createSecureContext
 */

/** @returns {string} a positive 16-byte serial in hex */
function serial() {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = /** @type {number} */ (bytes[0] & 0x7f) | 0x01;
  return Buffer.from(bytes).toString('hex');
}

/** @returns {Promise<CryptoKeyPair>} */
export function newKeys() {
  return /** @type {Promise<CryptoKeyPair>} */ (globalThis.crypto.subtle.generateKey(ALG, true, ['sign', 'verify']));
}

/** @param {CryptoKey} key */
async function keyPem(key) {
  const der = await globalThis.crypto.subtle.exportKey('pkcs8', key);
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

/**
 * A root CA valid now-1 day .. now+10 years.
 * @param {string} name  distinguished name
 * @param {CryptoKeyPair} keys
 * @param {number} now  ms since epoch
 * @returns {Promise<Authority>}
 */
export async function createRoot(name, keys, now) {
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 3652 * DAY),
    keys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert, keys, certPem: cert.toString('pem') };
}

/**
 * A TLS server leaf.
 * @param {object} p
 * @param {string[]} p.dnsNames  subjectAltName DNS names (the first is also the CN)
 * @param {CryptoKeyPair} p.keys  the leaf's key pair
 * @param {Authority | null} p.issuer  null = self-signed with p.keys
 * @param {number} p.notBefore  ms since epoch
 * @param {number} p.notAfter  ms since epoch
 * @returns {Promise<Leaf>}
 */
export async function createLeaf({ dnsNames, keys, issuer, notBefore, notAfter }) {
  const subject = `CN=${dnsNames[0]}`;
  /** @type {x509.Extension[]} */
  const extensions = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
    new x509.SubjectAlternativeNameExtension(dnsNames.map((value) => ({ type: /** @type {const} */ ('dns'), value }))),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
  ];
  if (issuer) extensions.push(await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject,
    issuer: issuer ? issuer.cert.subject : subject,
    notBefore: new Date(notBefore),
    notAfter: new Date(notAfter),
    publicKey: keys.publicKey,
    signingKey: issuer ? issuer.keys.privateKey : keys.privateKey,
    signingAlgorithm: ALG,
    extensions,
  });
  return { certPem: cert.toString('pem'), keyPem: await keyPem(keys.privateKey) };
}

export { DAY };
