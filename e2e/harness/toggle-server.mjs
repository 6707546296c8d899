// A site whose TLS fault can be fixed mid-test, and that tells what it was asked: for the tests
// of what the extension's probes request ("Did this fix it?" after the site is fixed).
//
//   https://toggle.hd.test:PORT/   starts broken: a TCP reset as soon as the ClientHello arrives
//                                  (as tcp-reset); once healthy, TLS with a leaf from the test root
//                                  and `200 ok` to any request, each logged as `METHOD /path?query`.
//   http://toggle.hd.test:CONTROL_PORT/healthy | /broken   switches it (answers 204)
//   http://toggle.hd.test:CONTROL_PORT/fail-once           broken for the next connection only
//   http://toggle.hd.test:CONTROL_PORT/log                 the logged requests as JSON, oldest first
//   http://toggle.hd.test:CONTROL_PORT/reset-log           empties the log (answers 204)
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

export const TOGGLE_HOST = 'toggle.hd.test';

/**
 * @param {import('./certs.mjs').Leaf} leaf  a certificate for TOGGLE_HOST from the trusted test root
 * @returns {{ site: net.Server, control: http.Server }}
 */
export function createToggleSite(leaf) {
  /** Connections still to reset before TLS is served. */
  let resetsLeft = Infinity;
  /** @type {string[]} */
  let requests = [];
  const tlsSite = https.createServer({ cert: leaf.certPem, key: leaf.keyPem }, (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : 'ok\n');
  });
  tlsSite.keepAliveTimeout = 500;
  const site = net.createServer((socket) => {
    if (resetsLeft === 0) tlsSite.emit('connection', socket);
    else {
      resetsLeft--;
      socket.once('data', () => socket.resetAndDestroy());
    }
  });
  const control = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://control/').pathname;
    if (path === '/log') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(requests));
      return;
    }
    if (path === '/healthy') resetsLeft = 0;
    else if (path === '/broken') resetsLeft = Infinity;
    else if (path === '/fail-once') resetsLeft = 1;
    else if (path === '/reset-log') requests = [];
    else {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(204).end();
  });
  return { site, control };
}
