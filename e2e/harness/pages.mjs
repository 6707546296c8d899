// HTTP handlers for the harness servers: the pages on the healthy server and the time server.
// Only same-harness URLs appear in any page; nothing points outside 127.0.0.1.
import { crc32, deflateSync } from 'node:zlib';
import { FORGED_DATE_HOPS, forgedDateHost } from './cases.mjs';

/**
 * @typedef {object} PageContext
 * @property {string} healthyOrigin  e.g. https://healthy.hd.test:1234
 * @property {{ name: string, title: string, url: string }[]} cases
 * @property {{ host: string, url: string }[]} interception
 * @property {{ image: string, fetch: string, iframe: string }} mixed  faulty URLs used by /mixed
 * @property {string} timeUrl
 */

/** @param {unknown} value */
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside an inline <script>. @param {unknown} value */
function scriptJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A 16x16 opaque teal RGBA PNG. */
function makePng() {
  const size = 16;
  /** @param {string} type @param {Buffer} data */
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [0x1f, 0x8a, 0x8a, 0xff]).flat())]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PNG = makePng();

/** @param {string} title @param {string} body */
function htmlPage(title, body) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
</head>
<body>
${body}
</body>
</html>
`;
}

/** @param {PageContext} ctx */
function indexPage(ctx) {
  const cases = ctx.cases
    .map(
      (c) =>
        `  <li><a href="${escapeHtml(c.url)}" data-case="${escapeHtml(c.name)}">${escapeHtml(c.title)}</a> <code>${escapeHtml(c.name)}</code></li>`,
    )
    .join('\n');
  const icpt = ctx.interception
    .map((i) => `  <li><a href="${escapeHtml(i.url)}" data-interception="${escapeHtml(i.host)}">${escapeHtml(i.host)}</a></li>`)
    .join('\n');
  return htmlPage(
    'Handshake Doctor fault harness',
    `<h1>Handshake Doctor fault harness</h1>
<h2>Cases</h2>
<ul id="cases">
${cases}
</ul>
<h2>Interception hosts (leaves from an untrusted &ldquo;BadSSL MITM Software Test&rdquo; root)</h2>
<ul id="interception">
${icpt}
</ul>
<h2>Pages</h2>
<ul id="pages">
  <li><a href="/healthy">Healthy page</a></li>
  <li><a href="/mixed">Healthy page with failing sub-resources</a></li>
  <li><a href="/subresources?n=100">Page with 100 sub-resources</a></li>
  <li><a href="${escapeHtml(ctx.timeUrl)}">Time server (plain HTTP)</a></li>
</ul>`,
  );
}

/** @param {PageContext} ctx */
function mixedPage(ctx) {
  const m = ctx.mixed;
  return htmlPage(
    'Mixed: healthy page with failing sub-resources',
    `<h1>Healthy page with failing sub-resources</h1>
<p>The page itself loads; an image, a fetch() and an iframe come from faulty servers.</p>
<p id="status-image" data-state="pending">Image from <code>${escapeHtml(m.image)}</code>: pending</p>
<p id="status-fetch" data-state="pending">fetch() of <code>${escapeHtml(m.fetch)}</code>: pending</p>
<p id="status-iframe" data-state="pending">iframe of <code>${escapeHtml(m.iframe)}</code>: pending</p>
<div id="slot-image"></div>
<div id="slot-iframe"></div>
<script>
(() => {
  const urls = ${scriptJson(m)};
  const set = (id, state, text) => {
    const el = document.getElementById('status-' + id);
    el.dataset.state = state;
    el.textContent = text;
  };
  const img = document.createElement('img');
  img.alt = 'Image from the expired server';
  img.width = 16; img.height = 16;
  img.onload = () => set('image', 'loaded', 'Image from ' + urls.image + ': loaded');
  img.onerror = () => set('image', 'error', 'Image from ' + urls.image + ': failed to load');
  img.src = urls.image;
  document.getElementById('slot-image').append(img);
  fetch(urls.fetch, { cache: 'no-store' }).then(
    (r) => set('fetch', 'loaded', 'fetch() of ' + urls.fetch + ': HTTP ' + r.status),
    (e) => set('fetch', 'error', 'fetch() of ' + urls.fetch + ': failed (' + e.name + ')'),
  );
  const frame = document.createElement('iframe');
  frame.title = 'Frame from the untrusted-root server';
  frame.width = 300; frame.height = 80;
  // Browsers fire load for error pages too, so this only says the frame settled.
  frame.onload = () => set('iframe', 'settled', 'iframe of ' + urls.iframe + ': load event (may be an error page)');
  frame.src = urls.iframe;
  document.getElementById('slot-iframe').append(frame);
})();
</script>`,
  );
}

/** @param {number} n */
function subresourcesPage(n) {
  const imgs = Array.from({ length: n }, (_, i) => `<img src="/img.png?i=${i}" width="16" height="16" alt="">`).join('\n');
  return htmlPage(
    `Sub-resources: ${n} images`,
    `<h1>${n} sub-resources</h1>
<p id="status" data-done="${n === 0 ? 'true' : 'false'}">Loaded 0 of ${n}</p>
<div id="images">
${imgs}
</div>
<script>
(() => {
  const imgs = [...document.querySelectorAll('#images img')];
  const status = document.getElementById('status');
  let settled = 0;
  const tick = () => {
    settled += 1;
    status.textContent = 'Loaded ' + settled + ' of ' + imgs.length;
    if (settled === imgs.length) status.dataset.done = 'true';
  };
  for (const img of imgs) {
    if (img.complete) tick();
    else { img.addEventListener('load', tick); img.addEventListener('error', tick); }
  }
})();
</script>`,
  );
}

/** Fault cases whose handshake fails in every browser, for the storage filler's images. */
const FILLER_CASES = ['expired', 'self-signed', 'wrong-host', 'untrusted-root'];

/**
 * A hostile page that tries to fill the extension's storage: it shows itself under a 1 MB
 * fragment, loads images with 256 KB URLs from failing servers, then loads itself again as a new
 * document (`round`, up to `rounds`), so every round records new failed parts.
 * @param {PageContext} ctx
 * @param {URLSearchParams} params
 */
function storageFillerPage(ctx, params) {
  const int = (/** @type {string} */ name, /** @type {number} */ fallback) => {
    const raw = params.get(name) ?? '';
    return /^\d{1,3}$/.test(raw) ? Math.min(Number(raw), 100) : fallback;
  };
  const round = int('round', 0);
  const rounds = int('rounds', 8);
  const bases = ctx.cases.filter((c) => FILLER_CASES.includes(c.name)).map((c) => c.url);
  return htmlPage(
    `Storage filler: round ${round + 1} of ${rounds}`,
    `<h1>Storage filler</h1>
<p id="status" data-round="${round}" data-done="false">Round ${round + 1} of ${rounds}</p>
<script>
(() => {
  const bases = ${scriptJson(bases)};
  const round = ${round};
  const rounds = ${rounds};
  const pad = 'x'.repeat(256 * 1024);
  const perBase = 8;
  let settled = 0;
  const next = () => {
    if (++settled < bases.length * perBase) return;
    if (round + 1 < rounds) location.replace('/storage-filler?round=' + (round + 1) + '&rounds=' + rounds + '#' + 'f'.repeat(1024 * 1024));
    else document.getElementById('status').dataset.done = 'true';
  };
  for (const base of bases)
    for (let i = 0; i < perBase; i++) {
      const img = new Image();
      img.onload = img.onerror = next;
      img.src = base + 'fill-' + round + '-' + i + '/' + pad;
    }
})();
</script>`,
  );
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} type
 * @param {string | Buffer} body
 * @param {Record<string, string>} [extra]
 */
function send(res, status, type, body, extra = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Date: new Date().toUTCString(),
    ...extra,
  });
  if (res.req.method === 'HEAD') res.end();
  else res.end(body);
}

/**
 * Request handler for an HTTPS server of the harness. The healthy server serves the index;
 * the faulty ones serve the same routes (reachable only if a browser overrides the error).
 * @param {() => PageContext} getCtx
 * @param {string} servedHost
 * @returns {import('node:http').RequestListener}
 */
export function makeHttpsHandler(getCtx, servedHost) {
  const isHealthy = servedHost.startsWith('healthy.');
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'https://placeholder.invalid');
    const html = 'text/html; charset=utf-8';
    switch (url.pathname) {
      case '/':
        if (isHealthy) return send(res, 200, html, indexPage(getCtx()));
        return send(
          res,
          200,
          html,
          htmlPage(
            `Reached ${servedHost}`,
            `<h1>Reached ${escapeHtml(servedHost)}</h1>
<p>This harness server is meant to fail the TLS handshake; the browser let the page through.</p>`,
          ),
        );
      case '/healthy':
        return send(
          res,
          200,
          html,
          htmlPage(
            'Healthy page',
            `<h1>Healthy page</h1>
<p id="status">Served by ${escapeHtml(servedHost)} over a valid TLS connection.</p>`,
          ),
        );
      case '/mixed':
        return send(res, 200, html, mixedPage(getCtx()));
      // Healthy navigations of every shape for the worker-start count (e2e/chromium/worker-starts.spec.ts).
      case '/redirect':
        res.writeHead(302, { Location: url.searchParams.get('to') === 'http' ? getCtx().timeUrl : '/healthy' });
        return res.end();
      case '/framed':
        return send(
          res,
          200,
          html,
          htmlPage('Framed', '<h1>Framed</h1><iframe src="/healthy"></iframe><iframe src="/subresources?n=5"></iframe>'),
        );
      case '/slow':
        return void setTimeout(() => send(res, 200, html, htmlPage('Slow', '<h1>Slow</h1>')), 10_000);
      case '/subresources': {
        const raw = url.searchParams.get('n') ?? '100';
        const n = /^\d{1,5}$/.test(raw) ? Math.min(Number(raw), 10000) : NaN;
        if (Number.isNaN(n)) return send(res, 400, 'text/plain; charset=utf-8', 'n must be an integer 0..10000\n');
        return send(res, 200, html, subresourcesPage(n));
      }
      case '/storage-filler':
        return send(res, 200, html, storageFillerPage(getCtx(), url.searchParams));
      case '/img.png':
        return send(res, 200, 'image/png', PNG, { 'Access-Control-Allow-Origin': '*' });
      case '/json':
        return send(res, 200, 'application/json', `${JSON.stringify({ ok: true, host: servedHost, now: Date.now() })}\n`, {
          'Access-Control-Allow-Origin': '*',
        });
      default:
        return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
    }
  };
}

/**
 * The time server: real time in the Date header (readable cross-origin) and in the body.
 * @type {import('node:http').RequestListener}
 */
function timeHandler(req, res) {
  const now = Date.now();
  const headers = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'Date',
  };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      ...headers,
      'Access-Control-Allow-Methods': 'GET, HEAD',
      'Cache-Control': 'no-store',
      Date: new Date(now).toUTCString(),
    });
    res.end();
    return;
  }
  send(res, 200, 'application/json', `${JSON.stringify({ now, iso: new Date(now).toISOString() })}\n`, headers);
}

/** Path of the forged-Date redirect chain on the time server. */
export const FORGED_DATE_PATH = '/forged-date-hop';
const TWO_YEARS_MS = 730 * 86_400_000;

/**
 * A page that tries to make the browser believe its clock is two years behind: every response
 * carries a `Date` two years ahead, and `?left=N` (N > 0) redirects to the next of the site's own
 * names (`forgedDateHost(N - 1)`), so a tab visiting `forgedDateHost(10)` bounces through 11 names
 * of one site before it lands on hop0.
 * @type {import('node:http').RequestListener}
 */
function forgedDateHop(req, res) {
  const url = new URL(req.url ?? '/', 'http://x');
  const left = Math.max(0, Math.min(FORGED_DATE_HOPS - 1, Number.parseInt(url.searchParams.get('left') ?? '0', 10) || 0));
  const port = (req.headers.host ?? '').split(':')[1] ?? '80';
  const date = new Date(Date.now() + TWO_YEARS_MS).toUTCString();
  if (left > 0) {
    const next = `http://${forgedDateHost(left - 1)}:${port}${FORGED_DATE_PATH}?left=${left - 1}`;
    res.writeHead(302, { Location: next, 'Cache-Control': 'no-store', Date: date, 'Content-Length': 0 });
    res.end();
    return;
  }
  send(res, 200, 'text/html; charset=utf-8', '<!doctype html><title>forged date</title><p>forged date</p>\n', { Date: date });
}

/**
 * The time server: the real time (`timeHandler`), and the forged-Date chain under FORGED_DATE_PATH.
 * @type {import('node:http').RequestListener}
 */
export function timeServerHandler(req, res) {
  if ((req.url ?? '').startsWith(FORGED_DATE_PATH)) forgedDateHop(req, res);
  else timeHandler(req, res);
}
