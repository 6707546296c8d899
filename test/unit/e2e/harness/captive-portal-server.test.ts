// The harness's captive portal (e2e/harness/captive-portal-server.mjs), asked with Node's HTTP
// client on an ephemeral port: the check answers per lane, the sign-in page, the switch.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript with JSDoc types (allowJs is off)
import { createCaptivePortalServer } from '../../../../e2e/harness/captive-portal-server.mjs';

let server: http.Server;
let port: number;
beforeAll(async () => {
  server = createCaptivePortalServer() as http.Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(host: string, path: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
      })
      .on('error', reject);
  });
}

describe('captive-portal server', () => {
  it('answers the plain check paths as a network without a portal', async () => {
    expect((await get('connectivitycheck.gstatic.com', '/generate_204')).status).toBe(204);
    expect((await get('www.gstatic.com', '/generate_204')).status).toBe(204);
    expect(await get('detectportal.firefox.com', '/success.txt')).toMatchObject({ status: 200, body: 'success\n' });
    expect((await get('connectivitycheck.gstatic.com', '/other')).status).toBe(404);
    expect((await get('portal.hd.test', '/generate_204')).status).toBe(204);
    expect(await get('portal.hd.test', '/success.txt')).toMatchObject({ status: 200, body: 'success\n' });
  });

  it('switches a lane to a portal, a refusing proxy, and back online by signing in', async () => {
    expect((await get('connectivitycheck.gstatic.com', '/t1/generate_204')).status).toBe(204);
    expect((await get('portal.hd.test', '/control/t1/portal')).status).toBe(204);
    expect(await get('connectivitycheck.gstatic.com', '/t1/generate_204')).toMatchObject({
      status: 302,
      location: 'http://portal.hd.test/login?lane=t1',
    });
    // Another lane and the plain path are unaffected.
    expect((await get('connectivitycheck.gstatic.com', '/t2/generate_204')).status).toBe(204);
    expect((await get('connectivitycheck.gstatic.com', '/generate_204')).status).toBe(204);
    expect((await get('portal.hd.test', '/login?lane=t1')).body).toContain('href="/sign-in?lane=t1"');
    expect((await get('portal.hd.test', '/sign-in?lane=t1')).status).toBe(200);
    expect(await get('detectportal.firefox.com', '/t1/success.txt')).toMatchObject({ status: 200, body: 'success\n' });
    await get('portal.hd.test', '/control/t1/forbidden');
    expect((await get('connectivitycheck.gstatic.com', '/t1/generate_204')).status).toBe(403);
  });

  it('refuses unknown modes and hosts', async () => {
    expect((await get('portal.hd.test', '/control/t3/weird')).status).toBe(404);
    expect((await get('elsewhere.example', '/generate_204')).status).toBe(404);
  });

  it('logs the check requests', async () => {
    const log = JSON.parse((await get('portal.hd.test', '/log')).body) as string[];
    expect(log).toContain('GET connectivitycheck.gstatic.com/generate_204');
  });
});
