// A captive portal on this machine: the connectivity-check URLs on port 80 (their real port), and
// the portal's sign-in page. Each test asks through a "lane" of its own, so parallel tests never
// see each other's portal; the plain check paths always answer "online", as on a network without
// a portal (every other test's check lands there).
//
//   http://connectivitycheck.gstatic.com/generate_204, http://www.gstatic.com/generate_204   204
//   http://detectportal.firefox.com/success.txt                                            200 `success\n`
//   (the same two paths on portal.hd.test: the check the e2e launches configure, a harness name)
//   the same paths under /LANE/ (e.g. /t1/generate_204) answer as that lane is set:
//     online (the default) as above; portal: 302 to http://portal.hd.test/login?lane=LANE;
//     forbidden: 403, a corporate proxy refusing (not a portal)
//   http://portal.hd.test/login?lane=LANE     the sign-in page, with a "Sign in" link to /sign-in?lane=LANE
//   http://portal.hd.test/sign-in?lane=LANE   sets the lane online ("signed in")
//   http://portal.hd.test/control/LANE/MODE   sets a lane's mode (answers 204)
//   http://portal.hd.test/log                 the check requests as JSON (`METHOD host/path cookie? referer?`)
import http from 'node:http';

export const PORTAL_CHECK_HOSTS = Object.freeze(['connectivitycheck.gstatic.com', 'www.gstatic.com', 'detectportal.firefox.com']);
export const PORTAL_HOST = 'portal.hd.test';
/** An https site as a portal answering for every host shows it: a certificate from the portal's own root. */
export const PORTAL_SITE_HOST = 'portal-intercepted.hd.test';

const MODES = new Set(['online', 'portal', 'forbidden']);
const LANE = /^[a-z0-9-]{1,32}$/;

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createCaptivePortalServer() {
  /** @type {Map<string, string>} */
  const lanes = new Map();
  /** @type {string[]} */
  const log = [];
  return http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'http://portal/');
    const noStore = { 'Cache-Control': 'no-store' };
    const [, lane, file] = /^\/(?:([a-z0-9-]{1,32})\/)?(generate_204|success\.txt)$/.exec(url.pathname) ?? [];
    if (PORTAL_CHECK_HOSTS.includes(host) || (host === PORTAL_HOST && file)) {
      const extra = [req.headers.cookie ? 'cookie' : '', req.headers.referer ? 'referer' : ''].filter(Boolean).join(' ');
      log.push(`${req.method} ${host}${url.pathname}${extra ? ` ${extra}` : ''}`);
      const mode = lane ? (lanes.get(lane) ?? 'online') : 'online';
      if (!file) res.writeHead(404, noStore).end();
      else if (mode === 'portal') res.writeHead(302, { ...noStore, Location: `http://${PORTAL_HOST}/login?lane=${lane}` }).end();
      else if (mode === 'forbidden') res.writeHead(403, { ...noStore, 'Content-Type': 'text/plain' }).end('Forbidden by policy\n');
      else if (file === 'generate_204') res.writeHead(204, noStore).end();
      else res.writeHead(200, { ...noStore, 'Content-Type': 'text/plain' }).end('success\n');
      return;
    }
    if (host !== PORTAL_HOST) {
      res.writeHead(404, noStore).end();
      return;
    }
    const signInLane = url.searchParams.get('lane') ?? '';
    const control = /^\/control\/([a-z0-9-]{1,32})\/([a-z]+)$/.exec(url.pathname);
    if (control && MODES.has(control[2] ?? '')) {
      lanes.set(/** @type {string} */ (control[1]), /** @type {string} */ (control[2]));
      res.writeHead(204, noStore).end();
    } else if (url.pathname === '/log') {
      res.writeHead(200, { ...noStore, 'Content-Type': 'application/json' }).end(JSON.stringify(log));
    } else if (url.pathname === '/login' && LANE.test(signInLane)) {
      res.writeHead(200, { ...noStore, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>Hotel Wi-Fi</title><h1>Welcome to Hotel Wi-Fi</h1>` +
          `<p><a id="sign-in" href="/sign-in?lane=${escapeHtml(signInLane)}">Sign in</a></p>`,
      );
    } else if (url.pathname === '/sign-in' && LANE.test(signInLane)) {
      lanes.set(signInLane, 'online');
      res
        .writeHead(200, { ...noStore, 'Content-Type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>Signed in</title><h1>You are online</h1>');
    } else res.writeHead(404, noStore).end();
  });
}
