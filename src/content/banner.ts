// The inline banner: injected on demand into a page whose parts failed TLS (never declared as a
// content script). It receives cards the background already diagnosed, so it carries only DOM,
// message keys, what a card says (core/banner.ts) and one message back ("open the troubleshooter").
//
// Kept out of the page's way: a closed shadow root (the page cannot reach in), styles inside it
// with `:host { all: initial }` (page CSS does not leak in), and events stopped at the shadow root
// (they do not bubble out to the page's listeners).
import { bannerCardText, pageLoadedSecurely, type BannerCard } from '../core/banner';
import type { AnswerTo, ContentToBackground, ContentToBackgroundSchema } from '../core/messages';
import type { MessageKey } from '../core/message-key';
import type { Text } from '../core/text';

interface ExtensionApi {
  i18n: { getMessage(key: string, subs?: string[]): string };
  /** Only the content-to-background catalogue's messages, answered as it says. */
  runtime: { sendMessage<M extends ContentToBackground>(message: M): Promise<AnswerTo<typeof ContentToBackgroundSchema, M> | undefined> };
}
const api = ((globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as { chrome?: ExtensionApi }).chrome)!;

const t = (text: Text | MessageKey, ...subs: string[]): string => {
  const { key, subs: own } = typeof text === 'string' ? { key: text, subs } : text;
  return api.i18n.getMessage(key, own ? [...own] : undefined) || key;
};

const STYLE = `
:host { all: initial; }
.stack {
  position: fixed; z-index: 2147483647; inset-block-end: 16px; inset-inline-end: 16px;
  display: flex; flex-direction: column; gap: 8px; width: min(26rem, calc(100vw - 32px));
  max-height: calc(100vh - 32px); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans CJK JP', sans-serif;
  --bg: #ffffff; --fg: #1f1f1f; --muted: #555b61; --border: #d0d5da; --bad: #b3261e;
  --accent: #0b57d0; --accent-fg: #ffffff; --focus: #0b57d0;
  color-scheme: light dark;
}
.stack:lang(ja) { word-break: auto-phrase; line-break: strict; }
@media (prefers-color-scheme: dark) {
  .stack { --bg: #26282b; --fg: #e8eaed; --muted: #b0b6bc; --border: #5f6368; --bad: #f2b8b5;
    --accent: #8ab4f8; --accent-fg: #0b1a33; --focus: #8ab4f8; }
}
.card {
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-inline-start: 4px solid var(--bad);
  border-radius: 8px; padding: 12px 14px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); text-align: start;
}
.head { display: flex; align-items: flex-start; gap: 8px; }
.title { flex: 1; margin: 0; font-size: 13px; font-weight: 600; color: var(--bad); }
.brand { font-weight: 400; color: var(--muted); }
.verdict { margin: 4px 0 6px; font-size: 14px; font-weight: 600; }
.parts { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
.secure { margin: 0 0 8px; font-size: 13px; }
ul { margin: 4px 0 0; padding-inline-start: 18px; }
li { overflow-wrap: anywhere; margin-bottom: 2px; }
.host { font-weight: 600; color: var(--fg); }
code { font: 12px ui-monospace, Menlo, Consolas, monospace; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
button {
  font: inherit; font-size: 13px; border-radius: 6px; padding: 5px 12px; cursor: pointer;
  border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg);
}
button.close {
  background: transparent; color: var(--muted); border-color: transparent; padding: 0 6px; font-size: 18px; line-height: 1.2;
}
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
`;

/** Events that would otherwise bubble out of the shadow root to the page's listeners. */
const CONTAINED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'focusin',
  'focusout',
  'wheel',
];
const MAX_HOSTS_LISTED = 3;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text?: string) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * A constructed stylesheet is outside the page's CSP (`style-src`) whatever a browser's rules for
 * styles a content script inserts (Chromium lets a <style> through too: measured with
 * `style-src 'self'`). Where adopting one fails (Firefox content scripts, across compartments),
 * a <style> element is the fallback.
 */
function adoptStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.prepend(element('style', {}, STYLE));
  }
}

function createBanner() {
  let host: HTMLElement | undefined;
  let stack: HTMLElement | undefined;
  const dismissed = new Set<string>();
  const cards = new Map<string, HTMLElement>();
  /** The page's cards as last shown: dismissing one shows the rest again (the page note moves up). */
  let latest: readonly BannerCard[] = [];

  const mount = () => {
    host = document.createElement('handshake-doctor-banner');
    const root = host.attachShadow({ mode: 'closed' });
    for (const type of CONTAINED_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
    stack = element('div', { class: 'stack', role: 'region', 'aria-label': t('extName'), lang: t('ui_lang') });
    root.append(stack);
    adoptStyles(root);
    document.documentElement.append(host);
  };

  const dismiss = (incidentId: string) => {
    dismissed.add(incidentId);
    cards.get(incidentId)?.remove();
    cards.delete(incidentId);
    if (!cards.size) {
      host?.remove();
      host = stack = undefined;
    } else render(latest);
  };

  const fill = (section: HTMLElement, card: BannerCard, withSecureNote: boolean) => {
    const title = element('p', { class: 'title' });
    title.append(
      element('span', { class: 'brand' }, `${t('extName')} · `),
      card.uncertain ? t('ui_banner_cause_unclear') : t(card.causeTitleKey),
    );
    const close = element(
      'button',
      { type: 'button', class: 'close', 'aria-label': t('ui_banner_dismiss'), 'data-testid': 'banner-dismiss' },
      '×',
    );
    close.addEventListener('click', () => dismiss(card.incidentId));
    const head = element('div', { class: 'head' });
    head.append(title, close);

    const said = bannerCardText(card, MAX_HOSTS_LISTED);
    const parts = element('div', { class: 'parts' }, t('ui_banner_parts', String(said.partCount)));
    const list = element('ul');
    for (const line of said.hosts) {
      const item = element('li', {
        'data-testid': 'failed-host',
        'data-host': line.host,
        'data-error-codes': line.problems.map((p) => p.errorCode).join(' '),
      });
      item.append(element('span', { class: 'host' }, line.host));
      for (const problem of line.problems) item.append(` ${t(problem.kindTitleKey)} `, element('code', {}, problem.errorCode));
      list.append(item);
    }
    if (said.moreHosts) list.append(element('li', {}, t('ui_banner_more', String(said.moreHosts))));
    parts.append(list);
    const open = element('button', { type: 'button', 'data-testid': 'banner-open' }, t('ui_banner_open'));
    open.addEventListener('click', () => {
      api.runtime.sendMessage({ type: 'banner-open', incidentId: card.incidentId }).catch(() => undefined);
    });
    const actions = element('div', { class: 'actions' });
    actions.append(open);

    const secure = withSecureNote ? [element('p', { class: 'secure', 'data-testid': 'page-secure' }, t('ui_banner_page_secure'))] : [];
    section.replaceChildren(head, element('p', { class: 'verdict' }, t(said.verdict)), parts, ...secure, actions);
  };

  // Function declaration: hoisted, so dismiss (above) can show the remaining cards again.
  function render(shown: readonly BannerCard[]) {
    latest = shown;
    // Said once, on the first card shown: it is about the page, not about one cause.
    let secureNote = pageLoadedSecurely(location.href, shown);
    for (const card of shown) {
      if (dismissed.has(card.incidentId)) continue;
      if (!host?.isConnected) {
        cards.clear();
        mount();
      }
      let section = cards.get(card.incidentId);
      if (!section) {
        section = element('section', { class: 'card', 'aria-live': 'polite' });
        section.addEventListener('keydown', (e) => {
          if (e.key === 'Escape') dismiss(card.incidentId);
        });
        cards.set(card.incidentId, section);
        stack!.append(section);
      }
      section.dataset.testid = 'diagnosis';
      section.dataset.errorCode = card.errorCode;
      section.dataset.kind = card.kind;
      section.dataset.cause = card.cause;
      section.dataset.partCount = String(card.failures.length);
      if (card.product) section.dataset.product = card.product;
      else delete section.dataset.product;
      // Rebuilding only the card that changed keeps focus on the others' buttons.
      const focused = section.contains(
        section.getRootNode() instanceof ShadowRoot ? (section.getRootNode() as ShadowRoot).activeElement : null,
      );
      fill(section, card, secureNote);
      secureNote = false;
      if (focused) section.querySelector<HTMLButtonElement>('[data-testid="banner-open"]')?.focus();
    }
  }
  return render;
}

globalThis.__handshakeDoctorBanner ??= createBanner();
