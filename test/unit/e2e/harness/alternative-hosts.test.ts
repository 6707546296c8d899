// The harness's "did you mean www.?" names: one TLS server, the certificate chosen by SNI, every
// request logged. Checked with Node's TLS client against the test root (no browser).
import http from 'node:http';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript with JSDoc types (allowJs is off)
import { startHarness } from '../../../../e2e/harness/index.mjs';

interface Harness {
  alternative: { alt: string; noAlt: string; port: number; control: string };
  hostnames: string[];
  hostResolverRules: string;
  rootCaPem: string;
  stop(): Promise<void>;
}

let h: Harness;
beforeAll(async () => {
  h = (await startHarness({ quiet: true })) as Harness;
}, 30_000);
afterAll(async () => {
  await h?.stop();
});

/** Handshake with `servername` on the alternative port; checks the name as a browser would. */
function handshake(servername: string): Promise<{ authorized: boolean; error?: string }> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port: h.alternative.port, servername, ca: h.rootCaPem });
    socket.once('secureConnect', () => {
      socket.end();
      resolve({ authorized: true });
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve({ authorized: false, error: error.code ?? error.message }));
  });
}

/** One HTTPS request to `host` on the alternative port, its certificate checked by name. */
function request(host: string, method: string, path: string): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port: h.alternative.port, servername: host, ca: h.rootCaPem }, () => {
      const req = http.request(
        { createConnection: () => socket, method, path, headers: { host: `${host}:${h.alternative.port}` } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body, ...(res.headers.location ? { location: res.headers.location } : {}) }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
    socket.on('error', reject);
  });
}

async function control(path: 'log' | 'reset-log'): Promise<Response> {
  const url = new URL(path, h.alternative.control);
  url.hostname = '127.0.0.1';
  return fetch(url);
}

describe('alternative hosts', () => {
  it('alt and noalt are name mismatches on one port', async () => {
    expect(new URL(h.alternative.alt).port).toBe(String(h.alternative.port));
    expect(new URL(h.alternative.noAlt).port).toBe(String(h.alternative.port));
    expect(await handshake('alt.hd.test')).toMatchObject({ authorized: false, error: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(await handshake('noalt.hd.test')).toMatchObject({ authorized: false, error: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });

  it('www.alt is valid on that same port; www.noalt is a mismatch too', async () => {
    expect(await handshake('www.alt.hd.test')).toEqual({ authorized: true });
    expect(await handshake('www.noalt.hd.test')).toMatchObject({ authorized: false, error: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });

  it('answers any request on www.alt with a page naming host and path, and logs it', async () => {
    expect((await control('reset-log')).status).toBe(204);
    expect(await request('www.alt.hd.test', 'HEAD', '/')).toEqual({ status: 200, body: '' });
    const page = await request('www.alt.hd.test', 'GET', '/deep/path?q=1');
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-host="www.alt.hd.test"');
    expect(page.body).toContain('www.alt.hd.test/deep/path?q=1');
    expect(await (await control('log')).json()).toEqual(['www.alt.hd.test HEAD /', 'www.alt.hd.test GET /deep/path?q=1']);
  });

  it('sends /back-to-bare/… on www.alt back to the same path on alt', async () => {
    const res = await request('www.alt.hd.test', 'GET', '/back-to-bare/x?y=1');
    expect(res).toMatchObject({ status: 301, location: `https://alt.hd.test:${h.alternative.port}/back-to-bare/x?y=1` });
  });

  it('lists the four names for Firefox; the *.hd.test rule maps them for Chromium', () => {
    for (const name of ['alt.hd.test', 'www.alt.hd.test', 'noalt.hd.test', 'www.noalt.hd.test']) expect(h.hostnames).toContain(name);
    expect(h.hostResolverRules).toContain('MAP *.hd.test 127.0.0.1');
  });
});
