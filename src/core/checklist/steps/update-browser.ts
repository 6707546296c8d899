// Updating the browser: a version or cipher failure in a browser several releases behind the one
// current when this extension was built (src/core/browser-versions.ts) may be fixed by the update
// alone, since sites move to what current browsers speak. Known from the browser's own version,
// with no network lookup.
import { CURRENT_MAJOR_AT_BUILD, isOutdated } from '../../browser-versions';
import { isChromiumFamily, type FailureKind } from '../../kinds';
import type { MessageKey } from '../../message-key';
import { text } from '../../text';
import { openPage, retry } from '../actions';
import { defineStep } from '../define-step';
import type { StepInput } from '../types';

const HOW: Readonly<Record<StepInput['browser'], MessageKey>> = {
  chrome: 'step_update_chrome',
  edge: 'step_update_edge',
  chromium: 'step_update_chromium',
  firefox: 'step_update_firefox',
};

/** Version and cipher mismatches and malformed exchanges: what a browser behind the times meets. */
const PROTOCOL_FAILURES: ReadonlySet<FailureKind> = new Set<FailureKind>(['protocol-mismatch', 'protocol-error']);

const applies = (input: StepInput): boolean => PROTOCOL_FAILURES.has(input.diagnosis.kind) && isOutdated(input.browser, input.version);

export const updateBrowser = defineStep({
  id: 'update-browser',
  causes: ['site-configuration', 'browser-settings'],
  applies,
  // An outdated browser may be the whole story even when no cause names the browser.
  fallback: applies,
  // Before contacting the site's owner or changing settings: the update is the cheaper check.
  priority: () => -1,
  build: (input) => {
    const current = isChromiumFamily(input.browser) ? CURRENT_MAJOR_AT_BUILD.chromium : CURRENT_MAJOR_AT_BUILD.firefox;
    return {
      title: text('step_update_title'),
      why: [text('step_why_outdated_browser', input.version ?? '', current)],
      instructions: [text(input.os === 'android' ? 'step_update_android' : HOW[input.browser]), text('step_update_os')],
      actions: [...openPage(input.browser, input.os, 'about', 'step_action_open_about'), retry()],
      verify: text('step_update_verify'),
    };
  },
});
