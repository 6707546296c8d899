// A middlebox that chokes on the post-quantum key share: a TCP proxy in front of a healthy TLS
// server that reads the browser's ClientHello and resets the connection when its key_share
// extension carries a hybrid ML-KEM/Kyber share, passing every other connection byte-for-byte.
// Firewalls and inspection boxes that mishandle the large (>1 KB) share behave like this in the
// field; see https://tldr.fail for the failure class.
//
// The ClientHello is read from the TLS record layer (RFC 8446 §5.1: records of type 22 carry
// handshake messages, and one message may span several records; TCP may split them anywhere),
// then the handshake message (§4: type 1, a 24-bit length), then its extensions (§4.1.2):
// supported_groups (10) and key_share (51, §4.2.8).
import net from 'node:net';

export const MIDDLEBOX_HOST = 'mlkem-middlebox.hd.test';

/** X25519MLKEM768 (draft-kwiatkowski-tls-ecdhe-mlkem): Chrome 131+, Firefox 132+. */
export const X25519_MLKEM768 = 0x11ec;
/** X25519Kyber768Draft00: Chrome 124–130 and Firefox before ML-KEM. */
export const X25519_KYBER768_DRAFT00 = 0x6399;
const POST_QUANTUM_GROUPS = new Set([X25519_MLKEM768, X25519_KYBER768_DRAFT00]);

const RECORD_HANDSHAKE = 22;
const HANDSHAKE_CLIENT_HELLO = 1;
const EXT_SUPPORTED_GROUPS = 10;
const EXT_KEY_SHARE = 51;
/** A ClientHello is a few KB at most (ML-KEM adds ~1.2 KB); more buffered than this is not one. */
const MAX_HELLO_BYTES = 64 * 1024;

/**
 * @typedef {{ status: 'incomplete' }
 *   | { status: 'invalid', reason: string }
 *   | { status: 'complete', supportedGroups: number[], keyShareGroups: number[] }} HelloReading
 */

/** @param {string} reason @returns {HelloReading} */
const invalid = (reason) => ({ status: 'invalid', reason });

/**
 * The handshake bytes carried by the leading handshake records of `bytes`, and whether the
 * records seen so far were well formed.
 * @param {Buffer} bytes
 * @returns {{ handshake: Buffer, error?: string }}
 */
function handshakeBytes(bytes) {
  /** @type {Buffer[]} */
  const parts = [];
  let at = 0;
  while (at + 5 <= bytes.length) {
    if (bytes[at] !== RECORD_HANDSHAKE) return { handshake: Buffer.concat(parts), error: `record type ${bytes[at]}` };
    if (bytes[at + 1] !== 3) return { handshake: Buffer.concat(parts), error: 'record version' };
    const length = bytes.readUInt16BE(at + 3);
    if (length === 0 || length > 16384 + 2048) return { handshake: Buffer.concat(parts), error: `record length ${length}` };
    if (at + 5 + length > bytes.length) break;
    parts.push(bytes.subarray(at + 5, at + 5 + length));
    at += 5 + length;
  }
  return { handshake: Buffer.concat(parts) };
}

/**
 * Reads one ClientHello body (after the 4-byte handshake header).
 * @param {Buffer} body
 * @returns {HelloReading}
 */
function readHelloBody(body) {
  let at = 2 + 32; // legacy_version, random
  /** @param {number} width @returns {number | undefined} */
  const vectorLength = (width) => {
    if (at + width > body.length) return undefined;
    const n = width === 1 ? body.readUInt8(at) : body.readUInt16BE(at);
    at += width;
    return at + n <= body.length ? n : undefined;
  };
  for (const width of [1, 2, 1]) {
    // legacy_session_id, cipher_suites, legacy_compression_methods
    const n = vectorLength(width);
    if (n === undefined) return invalid('truncated hello');
    at += n;
  }
  if (at === body.length) return { status: 'complete', supportedGroups: [], keyShareGroups: [] }; // no extensions
  const extensionsLength = vectorLength(2);
  if (extensionsLength === undefined) return invalid('truncated extensions');
  const end = at + extensionsLength;
  /** @type {number[]} */
  let supportedGroups = [];
  /** @type {number[]} */
  let keyShareGroups = [];
  while (at + 4 <= end) {
    const type = body.readUInt16BE(at);
    const length = body.readUInt16BE(at + 2);
    const data = body.subarray(at + 4, at + 4 + length);
    if (data.length !== length || at + 4 + length > end) return invalid('truncated extension');
    at += 4 + length;
    if (type === EXT_SUPPORTED_GROUPS) {
      if (length < 2 || data.readUInt16BE(0) !== length - 2 || length % 2 !== 0) return invalid('bad supported_groups');
      supportedGroups = [];
      for (let i = 2; i < length; i += 2) supportedGroups.push(data.readUInt16BE(i));
    } else if (type === EXT_KEY_SHARE) {
      if (length < 2 || data.readUInt16BE(0) !== length - 2) return invalid('bad key_share');
      keyShareGroups = [];
      for (let i = 2; i + 4 <= length;) {
        const keyLength = data.readUInt16BE(i + 2);
        if (i + 4 + keyLength > length) return invalid('bad key_share entry');
        keyShareGroups.push(data.readUInt16BE(i));
        i += 4 + keyLength;
      }
    }
  }
  if (at !== end) return invalid('trailing extension bytes');
  return { status: 'complete', supportedGroups, keyShareGroups };
}

/**
 * What the bytes a client sent so far say about its ClientHello: not all there yet, not a
 * ClientHello at all, or its supported groups and key-share groups.
 * @param {Buffer} bytes  everything the client sent so far
 * @returns {HelloReading}
 */
export function readClientHello(bytes) {
  if (bytes.length > MAX_HELLO_BYTES) return invalid('too long');
  const { handshake, error } = handshakeBytes(bytes);
  if (handshake.length >= 1 && handshake[0] !== HANDSHAKE_CLIENT_HELLO) return invalid(`handshake type ${handshake[0]}`);
  if (handshake.length >= 4) {
    const length = handshake.readUIntBE(1, 3);
    if (length > MAX_HELLO_BYTES) return invalid('hello too long');
    if (handshake.length >= 4 + length) return readHelloBody(handshake.subarray(4, 4 + length));
  }
  return error ? invalid(error) : { status: 'incomplete' };
}

/** @param {HelloReading} reading */
export const carriesPostQuantumShare = (reading) =>
  reading.status === 'complete' && reading.keyShareGroups.some((g) => POST_QUANTUM_GROUPS.has(g));

/**
 * The proxy. Each connection buffers the client's bytes until the ClientHello can be read; then it
 * resets the connection (a TCP RST, as the boxes in the field do) when the key share is
 * post-quantum, and otherwise connects to the backend and passes everything through untouched.
 * @param {number} backendPort  a healthy TLS server on 127.0.0.1
 * @param {(reading: HelloReading) => void} [onHello]  told of every ClientHello read (to log the groups)
 */
export function createMlkemMiddlebox(backendPort, onHello = () => {}) {
  return net.createServer((client) => {
    /** @type {Buffer[]} */
    let pending = [];
    client.on('error', () => {});
    const waitForHello = (/** @type {Buffer} */ chunk) => {
      pending.push(chunk);
      const buffered = Buffer.concat(pending);
      const reading = readClientHello(buffered);
      if (reading.status === 'incomplete') return;
      client.off('data', waitForHello);
      onHello(reading);
      if (carriesPostQuantumShare(reading)) {
        client.resetAndDestroy();
        return;
      }
      pending = [];
      const upstream = net.connect(backendPort, '127.0.0.1');
      upstream.on('error', () => client.destroy());
      upstream.write(buffered);
      client.pipe(upstream);
      upstream.pipe(client);
      client.on('close', () => upstream.destroy());
    };
    client.on('data', waitForHello);
  });
}
