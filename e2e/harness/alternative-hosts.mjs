// Two pairs of names for the "did you mean www.?" check, all served by ONE TLS server, told apart
// by SNI: the other form of a name must be asked on the same scheme and port.
//
//   alt.hd.test        a certificate only for www.alt.hd.test (a name mismatch)
//   www.alt.hd.test    that certificate again: valid here; any request gets 200 and a page naming the host,
//                      except /back-to-bare/…: a 301 to the same path on alt.hd.test (a site that sends
//                      its www. name back to the broken bare one)
//   noalt.hd.test      a certificate only for another name (a name mismatch)
//   www.noalt.hd.test  the same: the other form fails TLS too, so there is no alternative
//
// Each HTTP request answered is logged as `HOST METHOD /path?query`, so a test can prove what the
// extension's probe sent (the browser's own navigations, only after a click, land there as well).
//   http://alt.hd.test:CONTROL_PORT/log        the log as JSON, oldest first
//   http://alt.hd.test:CONTROL_PORT/reset-log  empties it (answers 204)
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';

export const ALTERNATIVE_HOSTS = Object.freeze({
  alt: 'alt.hd.test',
  altWww: 'www.alt.hd.test',
  noAlt: 'noalt.hd.test',
  noAltWww: 'www.noalt.hd.test',
});

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {import('./certs.mjs').Leaf} wwwLeaf  a certificate for ALTERNATIVE_HOSTS.altWww only, from the trusted test root
 * @param {import('./certs.mjs').Leaf} otherNameLeaf  a certificate for a name none of these is
 * @returns {{ site: https.Server, control: http.Server }}
 */
export function createAlternativeHostSite(wwwLeaf, otherNameLeaf) {
  const wwwContext = tls.createSecureContext({ cert: wwwLeaf.certPem, key: wwwLeaf.keyPem });
  const otherContext = tls.createSecureContext({ cert: otherNameLeaf.certPem, key: otherNameLeaf.keyPem });
  /** @type {string[]} */
  let requests = [];
  const site = https.createServer(
    {
      cert: otherNameLeaf.certPem,
      key: otherNameLeaf.keyPem,
      SNICallback: (name, done) =>
        done(null, name === ALTERNATIVE_HOSTS.alt || name === ALTERNATIVE_HOSTS.altWww ? wwwContext : otherContext),
    },
    (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      requests.push(`${host} ${req.method} ${req.url}`);
      if (host === ALTERNATIVE_HOSTS.altWww && req.url?.startsWith('/back-to-bare/')) {
        res.writeHead(301, { Location: `https://${ALTERNATIVE_HOSTS.alt}:${req.socket.localPort}${req.url}`, 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      const page = `<!doctype html><title>${escapeHtml(host)}</title><h1 id="served" data-host="${escapeHtml(host)}">${escapeHtml(`${host}${req.url}`)}</h1>\n`;
      res.end(req.method === 'HEAD' ? undefined : page);
    },
  );
  site.keepAliveTimeout = 500;
  const control = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://control/').pathname;
    if (path === '/log') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(requests));
    } else if (path === '/reset-log') {
      requests = [];
      res.writeHead(204).end();
    } else res.writeHead(404).end();
  });
  return { site, control };
}
