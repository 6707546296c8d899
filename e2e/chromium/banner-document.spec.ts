// The banner belongs to the document whose parts failed. A page whose image fails and which moves
// on at once (here: to the next page as soon as the image fails, while the stopped worker is still
// starting) must not hand its banner to the next page.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { stopServiceWorkers } from '../support/chromium';
import { expect, test } from '../support/fixtures';
import { readBanner, resetStorage, waitForBanner } from '../support/extension-pages';

test.afterEach(async ({ ext }) => resetStorage(ext));

/** Plain-http pages on 127.0.0.1: /a?img=<url>[&next] shows the image (and goes to /b when it fails), /b is healthy. */
async function servePages() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const image = url.searchParams.get('img') ?? '';
    const onError = url.searchParams.has('next') ? ` onerror="location.replace('/b?from=' + Date.now())"` : '';
    const body =
      url.pathname === '/a'
        ? `<h1>Page A</h1><img alt="" width="1" height="1" src="${image.replace(/"/g, '&quot;')}"${onError}>`
        : '<h1>Page B</h1>';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Pages</title></head><body>${body}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test('a page that moves on as its part fails leaves no banner on the next page', async ({ page, ext, harness }) => {
  const pages = await servePages();
  try {
    const image = (run: string) => encodeURIComponent(`${harness.cases.expired!.url}pixel.png?${run}=${Date.now()}`);

    // The same page staying put gets its banner, with the worker woken by the failure as here.
    await stopServiceWorkers(ext.context);
    await page.goto(`${pages.origin}/a?img=${image('stays')}`);
    await waitForBanner(page, (b) => b.cards.length > 0);

    for (let round = 0; round < 3; round++) {
      await stopServiceWorkers(ext.context);
      await page.goto(`${pages.origin}/a?next&img=${image(`moves${round}`)}`);
      await expect(page.locator('h1')).toHaveText('Page B');
      await page.waitForTimeout(2500);
      expect(await readBanner(page), `round ${round}`).toBeUndefined();
    }
  } finally {
    await pages.stop();
  }
});
