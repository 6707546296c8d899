// Unrelated sites behind "interception": one loopback HTTPS server whose certificate names hosts
// under different registrable domains, issued by a root with the same never-trusted subject as
// the harness's icpt-N hosts ("BadSSL MITM Software Test"). Why not the harness's icpt-1..5.hd.test:
// those all belong to one site (hd.test), and the diagnosis deliberately counts sites, not host
// names — one organization's private CA failing on five of its hosts is not interception
// (evidence-interception.spec.ts shows both).
import https from 'node:https';
import type { AddressInfo } from 'node:net';
// @ts-expect-error plain ESM JavaScript with JSDoc types
import { createLeaf, createRoot, INTERCEPTION_ROOT_NAME, newKeys } from '../harness/certs.mjs';

const UNRELATED_HOSTS = ['shop.example-a.test', 'news.example-b.test', 'mail.example-c.test', 'video.example-d.test'] as const;
/** Chromium resolver rules that send the names above to 127.0.0.1 (put before the harness's). */
export const UNRELATED_RESOLVER_RULES =
  'MAP *.example-a.test 127.0.0.1 , MAP *.example-b.test 127.0.0.1 , MAP *.example-c.test 127.0.0.1 , MAP *.example-d.test 127.0.0.1';

export interface UnrelatedSites {
  urls: string[];
  stop(): Promise<void>;
}

export async function startUnrelatedSites(): Promise<UnrelatedSites> {
  const now = Date.now();
  const [rootKeys, leafKeys] = await Promise.all([newKeys(), newKeys()]);
  const root = await createRoot(INTERCEPTION_ROOT_NAME, rootKeys, now);
  const leaf = await createLeaf({
    dnsNames: [...UNRELATED_HOSTS],
    issuer: root,
    keys: leafKeys,
    notBefore: now - 86_400_000,
    notAfter: now + 90 * 86_400_000,
  });
  const server = https.createServer({ cert: leaf.certPem, key: leaf.keyPem }, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
    res.end('intercepted\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urls: UNRELATED_HOSTS.map((h) => `https://${h}:${port}/`),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
