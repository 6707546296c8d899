// Helpers for the surface specs (banner, popup, options, troubleshooter specs): reaching the banner inside its
// closed shadow root by piercing it with CDP (never by opening it to the page), finding tab ids,
// opening extension pages, and resetting what a test changed.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { LaunchedExtension } from './chromium';

/** The extension APIs as code passed to `evaluate` sees them (no @types/chrome here). */
declare const chrome: any;

export const extensionUrl = (ext: LaunchedExtension, path: string) => `chrome-extension://${ext.extensionId}/${path}`;
export const popupUrl = (ext: LaunchedExtension, tabId: number) => extensionUrl(ext, `src/popup/index.html?tab=${tabId}`);
export const optionsUrl = (ext: LaunchedExtension) => extensionUrl(ext, 'src/options/index.html');

const helperPages = new WeakMap<BrowserContext, Promise<Page>>();

/**
 * An extension page kept open for calling extension APIs: unlike the service worker, it keeps
 * answering while a test has stopped the worker. (The troubleshooter without an incident renders
 * a short notice and asks nothing.)
 */
function extensionPage(ext: LaunchedExtension): Promise<Page> {
  let page = helperPages.get(ext.context);
  if (!page) {
    page = ext.context.newPage().then(async (p) => {
      await p.goto(extensionUrl(ext, 'src/troubleshoot/index.html?helper'));
      return p;
    });
    helperPages.set(ext.context, page);
  }
  return page;
}

/** Runs `fn` with extension privileges, whether or not the worker is running. */
export async function inExtension<A, R>(ext: LaunchedExtension, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const page = await extensionPage(ext);
  return page.evaluate(fn as never, arg) as Promise<R>;
}

/** The id of the tab showing `url` exactly (make URLs unique per test, e.g. with a query string). */
export async function tabIdOf(ext: LaunchedExtension, url: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const id = await inExtension(
      ext,
      async (u: string) => {
        const tabs: { id: number; url?: string; pendingUrl?: string }[] = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u || t.pendingUrl === u)?.id;
      },
      url,
    );
    if (id !== undefined) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

export const badgeText = (ext: LaunchedExtension, tabId: number): Promise<string> =>
  inExtension(ext, (id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);

/**
 * Stores an incident as the background would, for a failure the test chooses (frame 'main' and
 * the current time unless `failure` says otherwise); returns its id. The tab id need not exist.
 */
export async function storeIncident(
  ext: LaunchedExtension,
  failure: Record<string, unknown>,
  { prefix = 'test', tabId = 999_999, browser = 'chrome' }: { prefix?: string; tabId?: number; browser?: string } = {},
): Promise<string> {
  const id = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await inExtension(
    ext,
    ({ id, failure, tabId, browser }) =>
      chrome.storage.session.set({
        [`incident:${id}`]: {
          id,
          tabId,
          status: 'shown',
          incognito: false,
          createdAt: Date.now(),
          evidence: {
            failure: { frame: 'main', time: Date.now(), ...failure },
            recentFailures: [],
            environment: { browser, version: '156', os: 'linux' },
          },
        },
      }),
    { id, failure, tabId, browser },
  );
  return id;
}

/** Back to a clean profile state: the launch's settings (probes kept on the harness), no history. */
export async function resetStorage(ext: LaunchedExtension): Promise<void> {
  await inExtension(ext, () => chrome.storage.local.clear(), undefined);
  if (Object.keys(ext.baseSettings).length) await writeSettings(ext, {});
}

/** Writes the person's settings as the options page does (a versioned envelope), over the launch's settings. */
export async function writeSettings(ext: LaunchedExtension, settings: Record<string, unknown>): Promise<void> {
  await inExtension(ext, (s: Record<string, unknown>) => chrome.storage.local.set({ settings: { version: 1, settings: s } }), {
    ...ext.baseSettings,
    ...settings,
  });
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
  nodeValue?: string;
}

const attrs = (node: DomNode): Record<string, string> => {
  const out: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) out[list[i]!] = list[i + 1]!;
  return out;
};

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

const textOf = (node: DomNode): string =>
  [...walk(node)]
    .filter((n) => n.nodeName === '#text')
    .map((n) => n.nodeValue ?? '')
    .join('');

interface BannerCardView {
  attributes: Record<string, string>;
  text: string;
  /** The card's host lines (each host once), their attributes. */
  hosts: Record<string, string>[];
  /** Whether the card says the page itself loaded securely. */
  pageSecure: boolean;
  /** Centre of the card's buttons, for clicks. */
  buttons: Record<string, { x: number; y: number }>;
}

export interface BannerView {
  /** The shadow root's mode as the browser reports it. */
  shadowRootType: string | undefined;
  cards: BannerCardView[];
}

/**
 * The banner as the browser's DOM has it, read through CDP with `pierce: true` (which includes
 * closed shadow roots). Undefined when the page has no banner.
 */
export async function readBanner(page: Page): Promise<BannerView | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = [...walk(root)].find((n) => n.nodeName === 'HANDSHAKE-DOCTOR-BANNER');
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow) return undefined;
    const cards: BannerCardView[] = [];
    for (const node of walk(shadow)) {
      if (attrs(node)['data-testid'] !== 'diagnosis') continue;
      const buttons: Record<string, { x: number; y: number }> = {};
      for (const child of walk(node)) {
        const id = attrs(child)['data-testid'];
        if (child.nodeName !== 'BUTTON' || !id) continue;
        buttons[id] = await centre(cdp, child.nodeId);
      }
      cards.push({
        attributes: attrs(node),
        text: textOf(node),
        hosts: [...walk(node)].filter((n) => attrs(n)['data-testid'] === 'failed-host').map(attrs),
        pageSecure: [...walk(node)].some((n) => attrs(n)['data-testid'] === 'page-secure'),
        buttons,
      });
    }
    return { shadowRootType: shadow.shadowRootType, cards };
  } finally {
    await cdp.detach();
  }
}

async function centre(cdp: CDPSession, nodeId: number): Promise<{ x: number; y: number }> {
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/** Waits until the banner shows cards that satisfy `ready`. */
export async function waitForBanner(page: Page, ready: (b: BannerView) => boolean, timeoutMs = 20_000): Promise<BannerView> {
  const until = Date.now() + timeoutMs;
  let last: BannerView | undefined;
  while (Date.now() < until) {
    last = await readBanner(page).catch(() => undefined);
    if (last && ready(last)) return last;
    await page.waitForTimeout(250);
  }
  throw new Error(`banner not ready: ${JSON.stringify(last)}`);
}

export interface ExtensionWorlds {
  /** The extension's isolated worlds alive in the page now (CDP execution context ids). */
  live(): number[];
  /** Whether the banner script ran in any of them: its entry point exists in that world. */
  bannerScriptRan(): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Watches the extension's isolated worlds in `page` (CDP Runtime execution contexts). A world
 * alone proves nothing: Chromium re-creates an extension's world in a frame that had one before,
 * on every new document, without running anything in it. So the check asks each world whether
 * the banner script ran there. Attach before navigating.
 */
export async function watchExtensionWorlds(page: Page, extensionId: string): Promise<ExtensionWorlds> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Set<number>();
  type Context = { id: number; origin: string; auxData?: { type?: string } };
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: Context }) => {
    if (context.auxData?.type === 'isolated' && context.origin === `chrome-extension://${extensionId}`) worlds.add(context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) =>
    worlds.delete(executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  return {
    live: () => [...worlds],
    async bannerScriptRan() {
      for (const contextId of worlds) {
        const answer = (await cdp
          .send('Runtime.evaluate', { expression: 'typeof globalThis.__handshakeDoctorBanner', contextId, returnByValue: true })
          .catch(() => undefined)) as { result?: { value?: string } } | undefined;
        if (answer?.result?.value === 'function') return true;
      }
      return false;
    },
    stop: () => cdp.detach(),
  };
}

/** Waits for a tab whose URL starts with `prefix` (other than `except`). */
export async function waitForTab(context: BrowserContext, prefix: string, except?: Page, timeoutMs = 15_000): Promise<Page> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = context.pages().find((p) => p !== except && p.url().startsWith(prefix));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab opened at ${prefix}`);
}
