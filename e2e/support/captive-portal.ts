// Switching the harness's captive portal (e2e/harness/captive-portal-server.mjs) from a test: each
// test uses a lane of its own, so parallel tests never see each other's portal.
import http from 'node:http';

export type PortalMode = 'online' | 'portal' | 'forbidden';

/** A lane name unique to this run and test. */
export const portalLane = (name: string): string => `${name}-${process.pid}-${Date.now() % 100_000}`.slice(0, 32);

/** The check URLs that answer as `lane` is set, on the default check hosts (port 80). */
export const chromiumCheckUrl = (lane: string): string => `http://connectivitycheck.gstatic.com/${lane}/generate_204`;
export const firefoxCheckUrl = (lane: string): string => `http://detectportal.firefox.com/${lane}/success.txt`;

/** Sets `lane` to `mode` through the server's control URL (asked on 127.0.0.1:80 by name). */
export function setPortal(lane: string, mode: PortalMode): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: 80, path: `/control/${lane}/${mode}`, headers: { Host: 'portal.hd.test' } }, (res) => {
        res.resume();
        if (res.statusCode === 204) resolve();
        else reject(new Error(`portal control answered ${res.statusCode}`));
      })
      .on('error', reject);
  });
}
