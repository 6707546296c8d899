// What a page hands to the clipboard, kept where a test can read it: reading the clipboard back is
// denied to pages in these browsers. Plain functions to run in the page, for Playwright's and
// puppeteer's `page.evaluate` alike (no imports or closures: they are sent as source).

/** From now on, every text the page copies is also kept in `document.body.dataset.copied`. */
export function keepCopiedText(): void {
  const write = navigator.clipboard.writeText.bind(navigator.clipboard);
  navigator.clipboard.writeText = (text: string) => {
    document.body.dataset.copied = text;
    return write(text);
  };
}

/** The last text the page copied since keepCopiedText(), or ''. */
export const copiedText = (): string => document.body.dataset.copied ?? '';
