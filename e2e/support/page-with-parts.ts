// A plain-http page on 127.0.0.1 whose images come from the given addresses: a page the person
// opened whose parts fail (each image is one sub-resource failure of a top-level page).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageWithParts {
  url: string;
  stop(): Promise<void>;
}

export async function servePageWithParts(partUrls: readonly string[]): Promise<PageWithParts> {
  const images = partUrls.map((u) => `<img alt="" width="1" height="1" src="${u}">`).join('\n');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Parts</title></head><body><p>A page with broken parts</p>\n${images}\n</body></html>`;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
