// Which actions a browser lets an extension carry out, and builders for them. Chromium-family
// browsers let tabs.create open some of their own settings pages; Firefox refuses every
// about: page, so Firefox steps offer the exact text to copy instead.
import type { BrowserName, OsName } from '../kinds';
import type { StepAction } from './types';
import type { MessageKey } from '../message-key';
import { text } from '../text';

export type BrowserPage = 'security' | 'reset' | 'certificates' | 'extensions' | 'about';

const CHROME_PAGES: Readonly<Record<BrowserPage, string>> = {
  security: 'chrome://settings/security',
  reset: 'chrome://settings/reset',
  certificates: 'chrome://certificate-manager/',
  extensions: 'chrome://extensions',
  about: 'chrome://settings/help',
};

const EDGE_PAGES: Readonly<Record<BrowserPage, string>> = {
  security: 'edge://settings/privacy',
  reset: 'edge://settings/reset',
  // Edge keeps "Manage certificates" under Privacy, search, and services > Security.
  certificates: 'edge://settings/privacy',
  extensions: 'edge://extensions',
  about: 'edge://settings/help',
};

/** Other Chromium browsers (Brave, Opera, Vivaldi) accept chrome:// addresses. */
const PAGES: Readonly<Record<BrowserName, Readonly<Partial<Record<BrowserPage, string>>>>> = {
  chrome: CHROME_PAGES,
  chromium: CHROME_PAGES,
  edge: EDGE_PAGES,
  firefox: {},
};

/** Pages that don't exist in the Android builds of Chromium browsers. */
const DESKTOP_ONLY_PAGES: ReadonlySet<BrowserPage> = new Set(['reset', 'certificates', 'extensions', 'about']);

export function pageUrl(browser: BrowserName, page: BrowserPage): string | undefined {
  return PAGES[browser][page];
}

/** Whether `browser` lets an extension carry out `action` (tabs.create for open-url). */
export function isActionAllowed(action: StepAction, browser: BrowserName): boolean {
  switch (action.type) {
    case 'retry':
    case 'show-native':
    case 'report':
    case 'open-sign-in':
    case 'copy-report-and-steps':
      return true;
    case 'copy':
      return action.text.trim().length > 0;
    case 'open-url':
      return Object.values(PAGES[browser]).includes(action.url);
  }
}

export const retry = (): StepAction => ({ type: 'retry', label: text('step_action_retry') });

export const showNative = (labelKey: MessageKey): StepAction => ({ type: 'show-native', label: text(labelKey) });
export const goToReport = (): StepAction => ({ type: 'report', label: text('step_action_go_to_report') });

/** Filled with the whole checklist once it is complete (checklist() in index.ts). */
export const copyReportAndSteps = (): StepAction => ({
  type: 'copy-report-and-steps',
  label: text('step_action_copy_report_and_steps'),
  steps: [],
});

export const copy = (value: string, labelKey: MessageKey): StepAction => ({
  type: 'copy',
  text: value,
  label: text(labelKey),
});

/** What to say once `copied` is on the clipboard: only a browser address goes into the address bar. */
export const copiedStatusKey = (copied: string): MessageKey => (/^about:/i.test(copied.trim()) ? 'ui_copied_address' : 'ui_copied');

/** An open-url action for `page`, or nothing where this browser/OS has no such page. */
export function openPage(browser: BrowserName, os: OsName, page: BrowserPage, labelKey: MessageKey): StepAction[] {
  const url = pageUrl(browser, page);
  if (url === undefined || (os === 'android' && DESKTOP_ONLY_PAGES.has(page))) return [];
  return [{ type: 'open-url', url, label: text(labelKey) }];
}
