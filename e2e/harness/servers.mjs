// Server plumbing: listen on 127.0.0.1:0, track every socket so stop() never waits on a
// keep-alive connection, the two raw-TCP fault servers, and the hold-open front of the
// client-certificate servers.
import net from 'node:net';

const LOOPBACK = '127.0.0.1';

/**
 * @typedef {object} Running
 * @property {string} label
 * @property {number} port
 * @property {() => Promise<void>} close  destroys open sockets, then closes the listener
 */

/**
 * Starts `server` on an ephemeral loopback port with socket tracking.
 * @param {net.Server} server  a net, tls, http or https server (not yet listening)
 * @param {string} label  for log lines
 * @param {(line: string) => void} log
 * @param {number} [port]  a fixed port (a default check URL's 80, 443 or 1012); 0 picks a free one
 * @returns {Promise<Running>}
 */
export async function listenTracked(server, label, log, port = 0) {
  /** @type {Set<net.Socket>} */
  const sockets = new Set();
  server.on('connection', (/** @type {net.Socket} */ socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {}); // resets by browsers are normal here
  });
  server.on('tlsClientError', (/** @type {Error & { code?: string }} */ err) => {
    log(`[${label}] TLS handshake failed: ${err.code ?? ''} ${err.message.split('\n')[0]}`);
  });
  server.on('error', (err) => log(`[${label}] server error: ${err.message}`));
  await new Promise((resolve, reject) => {
    // A fixed port that cannot be bound is an error with its reason, never a silent skip.
    const fail = (/** @type {Error & { code?: string }} */ err) =>
      reject(
        port && (err.code === 'EACCES' || err.code === 'EADDRINUSE')
          ? new Error(
              `${label}: cannot listen on ${LOOPBACK}:${port} (${err.code}); this server needs that port: run as root, or stop what holds it`,
            )
          : err,
      );
    server.once('error', fail);
    server.listen(port, LOOPBACK, () => {
      server.off('error', fail);
      resolve(undefined);
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error(`${label}: no port`);
  return {
    label,
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}

/** A TCP server that sends RST as soon as the first bytes (the ClientHello) arrive. */
export function createResetServer() {
  return net.createServer((socket) => {
    socket.once('data', () => socket.resetAndDestroy());
  });
}

/**
 * A TCP front for a server that refuses a client in the middle of TLS 1.3 (a client-certificate
 * server): bytes pass both ways, but when the server closes, the browser's side is kept open until
 * the browser closes it. Why: in TLS 1.3 the server refuses after the browser's handshake is done,
 * and a FIN right behind the alert makes Chromium report a bare ERR_SOCKET_NOT_CONNECTED instead of
 * ERR_BAD_SSL_CLIENT_AUTH_CERT in about a third of loads (measured here: 9 to 14 of 40 with a FIN,
 * 0 of 40 held open). Servers in the wild do both; the product's re-probe covers the racy kind, and
 * the harness serves the steady kind so that the e2e verdicts do not depend on a race.
 * @param {number} backendPort  the refusing server, on 127.0.0.1
 * @param {number} [holdMs]  the longest the browser's side is kept open after the server closed
 */
export function createHoldOpenFront(backendPort, holdMs = 5000) {
  return net.createServer((client) => {
    const upstream = net.connect(backendPort, LOOPBACK);
    client.on('error', () => {});
    upstream.on('error', () => {});
    client.on('data', (chunk) => {
      if (!upstream.destroyed) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    // No client.end() here: the browser reads the alert and closes first.
    upstream.on('close', () => setTimeout(() => client.destroy(), holdMs).unref());
    client.on('end', () => upstream.end());
    client.on('close', () => upstream.destroy());
  });
}

/** A TCP server that answers anything with plain HTTP/1.1 text (on the port an https URL names). */
export function createPlainHttpServer() {
  const body = 'This port speaks plain HTTP, not TLS.\n';
  const response = () =>
    'HTTP/1.1 400 Bad Request\r\n' +
    'Content-Type: text/plain; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Cache-Control: no-store\r\n' +
    `Date: ${new Date().toUTCString()}\r\n` +
    'Connection: close\r\n\r\n' +
    body;
  return net.createServer((socket) => {
    socket.once('data', () => socket.end(response()));
  });
}

/** A loopback port on which nothing listens (bound, then released). */
export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, LOOPBACK, () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
