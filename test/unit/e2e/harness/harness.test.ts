// Starts the real harness and probes every server with Node's TLS client (no browser).
import https from 'node:https';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript with JSDoc types (allowJs is off)
import { startHarness } from '../../../../e2e/harness/index.mjs';

interface HarnessCase {
  url: string;
  host: string;
  port: number;
  expectChromium: string[];
  expectFirefox: string;
}
interface Harness {
  cases: Record<string, HarnessCase>;
  interception: HarnessCase[];
  product: { name: string; sites: string[]; failing: string; rootPem: string };
  pages: Record<string, string>;
  time: { url: string; host: string; port: number };
  scope: Record<string, { url: string; host: string; port: number }>;
  hostnames: string[];
  hostResolverRules: string;
  rootCaPem: string;
  dir: string;
  stop(): Promise<void>;
}

let h: Harness;
beforeAll(async () => {
  h = (await startHarness({ quiet: true })) as Harness;
}, 30_000);
afterAll(async () => {
  await h?.stop();
});

const c = (name: string): HarnessCase => {
  const found = h.cases[name];
  if (!found) throw new Error(`no case ${name}`);
  return found;
};

/** Opens a TLS connection; resolves with the socket once the handshake settles, or the error. */
function handshake(name: string, options: tls.ConnectionOptions = {}): Promise<{ socket?: tls.TLSSocket; error?: NodeJS.ErrnoException }> {
  const { port, host } = c(name);
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername: host, ca: h.rootCaPem, ...options });
    socket.once('secureConnect', () => resolve({ socket }));
    socket.once('error', (error) => resolve({ error }));
  });
}

/** GET over HTTPS to the healthy server. */
function get(url: string, agent?: https.Agent): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    https
      .get(
        {
          host: '127.0.0.1',
          port: u.port,
          path: u.pathname + u.search,
          servername: u.hostname,
          headers: { host: u.host },
          ca: h.rootCaPem,
          agent,
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      )
      .on('error', reject);
  });
}

describe('certificate faults', () => {
  it.each([
    ['expired', 'CERT_HAS_EXPIRED'],
    ['not-yet-valid', 'CERT_NOT_YET_VALID'],
    ['self-signed', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['untrusted-root', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'], // leaf only; its issuer is unknown
    ['wrong-host', 'ERR_TLS_CERT_ALTNAME_INVALID'],
  ])('%s fails verification with %s', async (name, code) => {
    const { error, socket } = await handshake(name);
    socket?.destroy();
    expect(error?.code).toBe(code);
  });

  it('healthy verifies against the test root', async () => {
    const { error, socket } = await handshake('healthy');
    expect(error).toBeUndefined();
    expect(socket?.authorized).toBe(true);
    socket?.destroy();
  });

  it('interception hosts present their own name from the BadSSL MITM root', async () => {
    for (const icpt of h.interception) {
      const socket = await new Promise<tls.TLSSocket>((resolve, reject) => {
        const s = tls.connect({ host: '127.0.0.1', port: icpt.port, servername: icpt.host, rejectUnauthorized: false }, () => resolve(s));
        s.once('error', reject);
      });
      const cert = socket.getPeerCertificate();
      socket.destroy();
      expect(cert.subjectaltname).toBe(`DNS:${icpt.host}`);
      expect(cert.issuer.CN).toBe('BadSSL MITM Software Test');
    }
  });
});

describe('protocol faults', () => {
  it('tls-1.0-1.1-only speaks TLS 1.1 but refuses TLS 1.2+', async () => {
    const modern = await handshake('tls-1.0-1.1-only', { minVersion: 'TLSv1.2' });
    expect(modern.error).toBeDefined();
    const legacy = await handshake('tls-1.0-1.1-only', { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' });
    expect(legacy.error).toBeUndefined();
    expect(legacy.socket?.getProtocol()).toBe('TLSv1.1');
    legacy.socket?.destroy();
  });

  it('tls12-only speaks TLS 1.2 and refuses TLS 1.3-only and TLS 1.1-only clients', async () => {
    const tls12 = await handshake('tls12-only');
    expect(tls12.error).toBeUndefined();
    expect(tls12.socket?.getProtocol()).toBe('TLSv1.2');
    tls12.socket?.destroy();
    // What Firefox with security.tls.version.min = 4 offers.
    const tls13 = await handshake('tls12-only', { minVersion: 'TLSv1.3' });
    expect(tls13.error).toBeDefined();
    const tls11 = await handshake('tls12-only', { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' });
    expect(tls11.error).toBeDefined();
  });

  it('dhe-only negotiates only DHE suites on TLS 1.2', async () => {
    const ecdhe = await handshake('dhe-only', { ciphers: 'ECDHE-RSA-AES128-GCM-SHA256', maxVersion: 'TLSv1.2' });
    expect(ecdhe.error).toBeDefined();
    const dhe = await handshake('dhe-only', { ciphers: 'DHE-RSA-AES128-GCM-SHA256' });
    expect(dhe.error).toBeUndefined();
    expect(dhe.socket?.getCipher().name).toMatch(/^DHE-RSA-/);
    expect(dhe.socket?.getProtocol()).toBe('TLSv1.2');
    dhe.socket?.destroy();
  });

  it.each([
    ['client-cert-required', 'TLSv1.3'],
    ['client-cert-tls12', 'TLSv1.2'],
  ])('%s requires a client certificate (%s)', async (name, version) => {
    const { port, host } = c(name);
    const result = await new Promise<{ error?: string; protocol: string | null }>((resolve) => {
      const s = tls.connect({ host: '127.0.0.1', port, servername: host, ca: h.rootCaPem });
      let protocol: string | null = null;
      s.once('secureConnect', () => (protocol = s.getProtocol()));
      s.once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message, protocol }));
      s.once('close', () => resolve({ protocol }));
    });
    expect(result.error ?? '').toMatch(/ALERT|HANDSHAKE|CERTIFICATE_REQUIRED/i);
    if (result.protocol) expect(result.protocol).toBe(version);
  });

  it('tcp-reset resets once the ClientHello arrives', async () => {
    expect((await handshake('tcp-reset')).error?.code).toBe('ECONNRESET');
  });

  it('plain-http answers TLS with HTTP text', async () => {
    const { error } = await handshake('plain-http');
    expect(error?.code).toMatch(/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|RECORD/);
  });

  it('refused has nothing listening', async () => {
    const code = await new Promise<string | undefined>((resolve) => {
      const s = net.connect(c('refused').port, '127.0.0.1', () => {
        s.destroy();
        resolve('connected');
      });
      s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code));
    });
    expect(code).toBe('ECONNREFUSED');
  });
});

describe('pages', () => {
  it('index links every case once, with no-store and Date headers', async () => {
    const res = await get(h.pages.index ?? '');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Date.parse(res.headers.date ?? '')).not.toBeNaN();
    for (const [name, fault] of Object.entries(h.cases)) {
      expect(res.body.split(`href="${fault.url}"`).length - 1, name).toBe(1);
    }
    expect(res.body).not.toMatch(/https?:\/\/(?![a-z0-9-]+\.hd\.test:\d+)/);
  });

  it('serves /healthy, /mixed, /json, /img.png and /subresources', async () => {
    expect((await get(h.pages.healthy ?? '')).body).toContain('<title>Healthy page</title>');
    const mixed = (await get(h.pages.mixed ?? '')).body;
    expect(mixed).toContain(`${c('expired').url}img.png`);
    expect(mixed).toContain(`${c('untrusted-root').url}json`);
    expect(JSON.parse((await get(h.pages.json ?? '')).body).ok).toBe(true);
    const png = await get(h.pages.img ?? '');
    expect(png.headers['content-type']).toBe('image/png');
    const sub = (await get(h.pages.index + 'subresources?n=7')).body;
    expect(sub.match(/<img /g)?.length).toBe(7);
    expect((await get(h.pages.index + 'subresources?n=<script>')).status).toBe(400);
    expect((await get(h.pages.index + 'nope')).status).toBe(404);
  });

  it('time server gives the real time in Date, readable cross-origin', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .get({ host: '127.0.0.1', port: h.time.port, path: '/', headers: { host: `${h.time.host}:${h.time.port}` } }, resolve)
        .on('error', reject),
    );
    res.resume();
    expect(Math.abs(Date.parse(res.headers.date ?? '') - Date.now())).toBeLessThan(5000);
    expect(res.headers['access-control-expose-headers']).toBe('Date');
  });

  it('time server bounces through 11 names of one site, each with a Date two years ahead', async () => {
    const hop = (host: string, path: string) =>
      new Promise<http.IncomingMessage>((resolve, reject) =>
        http.get({ host: '127.0.0.1', port: h.time.port, path, headers: { host: `${host}:${h.time.port}` } }, resolve).on('error', reject),
      );
    const hosts: string[] = [];
    let url = new URL(`http://hop10.forged.hd.test:${h.time.port}/forged-date-hop?left=10`);
    for (;;) {
      const res = await hop(url.hostname, url.pathname + url.search);
      res.resume();
      hosts.push(url.hostname);
      expect(Math.abs(Date.parse(res.headers.date ?? '') - Date.now() - 730 * 86_400_000)).toBeLessThan(5000);
      if (res.statusCode !== 302) break;
      url = new URL(res.headers.location ?? '');
    }
    expect(hosts).toEqual(Array.from({ length: 11 }, (_, i) => `hop${10 - i}.forged.hd.test`));
  });

  it('lists every name for Firefox, and maps the time-source sites for Chromium', () => {
    for (const fault of [...Object.values(h.cases), ...h.interception]) expect(h.hostnames).toContain(fault.host);
    expect(h.hostnames).toContain(h.time.host);
    for (const name of ['time-a.test', 'time-b.test', 'time-c.test']) {
      expect(h.hostnames).toContain(name);
      expect(h.hostResolverRules).toContain(`MAP ${name} 127.0.0.1`);
    }
    // The default TLS 1.2 check host, mapped before the catch-all.
    expect(h.hostnames).toContain('tls-v1-2.badssl.com');
    expect(h.hostResolverRules.indexOf('MAP tls-v1-2.badssl.com 127.0.0.1')).toBeGreaterThan(-1);
    expect(h.hostResolverRules.indexOf('MAP tls-v1-2.badssl.com 127.0.0.1')).toBeLessThan(h.hostResolverRules.indexOf('MAP * ~NOTFOUND'));
  });

  it('serves the devices and intranet sites under their own names, mapped for both browsers before the catch-all', async () => {
    const hosts = Object.values(h.scope).map((s) => s.host);
    expect(hosts.sort()).toEqual(['intranet', 'nas.home.arpa', 'router.local', 'wiki.internal']);
    for (const host of hosts) {
      expect(h.hostnames).toContain(host);
      expect(h.hostResolverRules.indexOf(`MAP ${host} 127.0.0.1`)).toBeLessThan(h.hostResolverRules.indexOf('MAP * ~NOTFOUND'));
    }
    const connect = (name: string, options: tls.ConnectionOptions) =>
      new Promise<{ protocol?: string | null; authError?: string; error?: string }>((resolve) => {
        const s = h.scope[name]!;
        const socket = tls.connect({
          host: '127.0.0.1',
          port: s.port,
          servername: s.host,
          ca: h.rootCaPem,
          rejectUnauthorized: false,
          ...options,
        });
        socket.once('secureConnect', () => {
          resolve({ protocol: socket.getProtocol(), authError: String(socket.authorizationError ?? '') });
          socket.destroy();
        });
        socket.once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code }));
      });
    expect(await connect('device-tls10', {})).toEqual({ error: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' });
    expect(await connect('device-tls10', { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' })).toMatchObject({
      protocol: 'TLSv1',
      authError: '',
    });
    expect(await connect('device-self-signed', {})).toMatchObject({ authError: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    for (const name of ['intranet-internal', 'intranet-single-label'])
      expect(await connect(name, {})).toMatchObject({ authError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
  });
});

describe('stop()', () => {
  it('finishes quickly with keep-alive connections open', async () => {
    const other = (await startHarness({ quiet: true })) as Harness;
    const agent = new https.Agent({ keepAlive: true });
    const u = new URL(other.pages.healthy ?? '');
    await new Promise<void>((resolve, reject) => {
      https
        .get({ host: '127.0.0.1', port: u.port, path: '/healthy', servername: u.hostname, ca: other.rootCaPem, agent }, (res) => {
          res.resume();
          res.on('end', () => resolve());
        })
        .on('error', reject);
    });
    const idle = net.connect(Number(new URL(other.cases['tcp-reset']?.url ?? '').port), '127.0.0.1');
    idle.on('error', () => {});
    await new Promise((r) => idle.once('connect', r));
    const t0 = performance.now();
    await other.stop();
    expect(performance.now() - t0).toBeLessThan(1000);
    agent.destroy();
  }, 30_000);
});

describe('simulated security software (product-root.mjs)', () => {
  /** Handshake with `url`'s server, trusting only the product's root; resolves with the peer certificate or the error. */
  const connect = (url: string, servername = new URL(url).hostname) =>
    new Promise<{ cert?: tls.PeerCertificate; error?: NodeJS.ErrnoException }>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port: Number(new URL(url).port), servername, ca: h.product.rootPem });
      socket.once('secureConnect', () => {
        resolve({ cert: socket.getPeerCertificate() });
        socket.destroy();
      });
      socket.once('error', (error) => resolve({ error }));
    });

  it('serves its sites with certificates from a root named as Kaspersky names its own', async () => {
    expect(h.product.name).toBe('Kaspersky');
    for (const url of h.product.sites) {
      const { cert, error } = await connect(url);
      expect(error).toBeUndefined();
      expect(cert?.issuer).toMatchObject({ CN: 'Kaspersky Anti-Virus Personal Root Certificate', O: 'AO Kaspersky Lab' });
      expect(cert?.subject.CN).toBe(new URL(url).hostname);
    }
  });

  it('answers any other name with a certificate for that name from the same root', async () => {
    const { cert, error } = await connect(h.product.sites[0]!, 'anything-else.example');
    expect(error).toBeUndefined();
    expect(cert?.subject.CN).toBe('anything-else.example');
  });

  it('fails one site: its certificate from that root has expired', async () => {
    const { error } = await connect(h.product.failing);
    expect(error?.code).toBe('CERT_HAS_EXPIRED');
  });

  it('is not trusted through the test root alone', async () => {
    const { error } = await new Promise<{ error?: NodeJS.ErrnoException }>((resolve) => {
      const u = new URL(h.product.sites[0]!);
      const socket = tls.connect({ host: '127.0.0.1', port: Number(u.port), servername: u.hostname, ca: h.rootCaPem });
      socket.once('secureConnect', () => resolve({}));
      socket.once('error', (e) => resolve({ error: e }));
    });
    expect(error?.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });
});
