// Actions: only pages the browser lets an extension open, never an about: page, copy text exact.
import { describe, expect, it } from 'vitest';
import { checklist, isActionAllowed } from '../../../../src/core/checklist';
import { copiedStatusKey } from '../../../../src/core/checklist/actions';
import { BROWSERS, OSES, isChromiumFamily } from '../../../../src/core/kinds';
import type { StepAction } from '../../../../src/core/checklist/types';
import { text } from '../../../../src/core/text';
import { CONTEXTS, SCENARIOS } from './fixtures';

const open = (url: string): StepAction => ({ type: 'open-url', url, label: text('step_action_retry') });
const CHROME_PAGES = ['chrome://settings/security', 'chrome://settings/reset', 'chrome://certificate-manager/', 'chrome://extensions'];
const EDGE_PAGES = ['edge://settings/privacy', 'edge://settings/reset', 'edge://extensions'];

describe('isActionAllowed', () => {
  it('lets Chrome and other Chromium browsers open their own listed chrome:// pages only', () => {
    for (const browser of ['chrome', 'chromium'] as const) {
      for (const url of CHROME_PAGES) expect(isActionAllowed(open(url), browser)).toBe(true);
      // No step opens the policy page any more: no policy lowers TLS in current Chromium browsers.
      for (const url of [
        ...EDGE_PAGES,
        'chrome://policy',
        'chrome://restart',
        'about:config',
        'https://example.com/',
        'chrome://extensions/?id=x',
      ])
        expect(isActionAllowed(open(url), browser), url).toBe(false);
    }
  });

  it('lets Edge open its edge:// pages, not chrome:// ones', () => {
    for (const url of EDGE_PAGES) expect(isActionAllowed(open(url), 'edge')).toBe(true);
    for (const url of CHROME_PAGES) expect(isActionAllowed(open(url), 'edge'), url).toBe(false);
  });

  it('lets Firefox open nothing: tabs.create refuses about: pages', () => {
    for (const url of ['about:config', 'about:addons', 'about:support', 'about:preferences', ...CHROME_PAGES])
      expect(isActionAllowed(open(url), 'firefox'), url).toBe(false);
  });

  it('allows retry and non-empty copy everywhere', () => {
    for (const browser of BROWSERS) {
      expect(isActionAllowed({ type: 'retry', label: text('step_action_retry') }, browser)).toBe(true);
      expect(isActionAllowed({ type: 'copy', text: 'about:config', label: text('step_action_copy_about_config') }, browser)).toBe(true);
      expect(isActionAllowed({ type: 'copy', text: '  ', label: text('step_action_copy_about_config') }, browser)).toBe(false);
    }
  });

  it('allows going to the report everywhere (it stays on the page)', () => {
    for (const browser of BROWSERS)
      expect(isActionAllowed({ type: 'report', label: text('step_action_go_to_report') }, browser)).toBe(true);
  });
});

describe('copiedStatusKey', () => {
  it('asks for the address bar only after copying a browser address', () => {
    expect(copiedStatusKey('about:config')).toBe('ui_copied_address');
    expect(copiedStatusKey(' About:Support ')).toBe('ui_copied_address');
    expect(copiedStatusKey('certmgr.msc')).toBe('ui_copied');
    expect(copiedStatusKey('security.enterprise_roots.enabled')).toBe('ui_copied');
    expect(copiedStatusKey('mv ~/.pki/nssdb ~/.pki/nssdb.bak')).toBe('ui_copied');
  });
});

describe('actions in every checklist', () => {
  const all = BROWSERS.flatMap((browser) =>
    OSES.flatMap((os) =>
      SCENARIOS.flatMap(({ diagnosis }) =>
        CONTEXTS.flatMap((context) =>
          checklist(diagnosis, { browser, os }, context).flatMap((step) =>
            step.actions.map((action) => ({ browser, os, step: step.id, action })),
          ),
        ),
      ),
    ),
  );

  it('are all allowed for their browser', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const { browser, os, step, action } of all)
      expect(isActionAllowed(action, browser), `${browser}/${os} ${step} ${JSON.stringify(action)}`).toBe(true);
  });

  it('never open an about: URL, and Firefox opens nothing at all', () => {
    for (const { browser, action } of all) {
      if (action.type !== 'open-url') continue;
      expect(action.url.startsWith('about:')).toBe(false);
      expect(browser).not.toBe('firefox');
    }
  });

  it('never offer Firefox pages (about:) to Chromium browsers', () => {
    for (const { browser, action } of all) {
      if (!isChromiumFamily(browser) || action.type !== 'copy') continue;
      expect(action.text).not.toMatch(/^about:/);
    }
  });

  it('open no pages that Android builds of Chromium browsers lack', () => {
    for (const { os, action } of all) {
      if (os !== 'android' || action.type !== 'open-url') continue;
      expect(action.url).not.toMatch(/settings\/reset|certificate-manager|:\/\/extensions|settings\/help|edge:\/\/settings\/privacy/);
    }
  });
});
