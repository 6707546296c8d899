// Resetting the browser: the last resort, after every other step. Chrome and Edge reset
// settings and turn extensions off (this one too, which closes the troubleshooter); Firefox's
// Refresh makes a new profile, keeps the old one on the desktop and removes every extension with
// its data; on Android only clearing the app's storage resets it. Each says how to pick up again,
// and offers the report and the checklist to copy first.
import type { BrowserName } from '../../kinds';
import type { MessageKey } from '../../message-key';
import { text } from '../../text';
import { copy, copyReportAndSteps, openPage, pageUrl, retry } from '../actions';
import { causeIntro, uniqueTexts } from '../common';
import { defineStep } from '../define-step';
import type { DestructiveNotes, Step, StepInput } from '../types';
import { ABOUT_SUPPORT } from './certificate-store';

type Body = Pick<Step, 'title' | 'instructions' | 'actions'> & {
  destructive: DestructiveNotes;
};

interface ResetKeys {
  readonly open: MessageKey;
  readonly confirm: MessageKey;
  readonly loses: MessageKey;
  readonly backup: MessageKey;
}

const CHROMIUM_KEYS: Readonly<Record<Exclude<BrowserName, 'firefox'>, ResetKeys>> = {
  chrome: {
    open: 'step_reset_chrome_open',
    confirm: 'step_reset_chrome_confirm',
    loses: 'step_reset_chromium_loses',
    backup: 'step_reset_chromium_backup',
  },
  chromium: {
    open: 'step_reset_chromium_open',
    confirm: 'step_reset_chromium_confirm',
    loses: 'step_reset_chromium_loses',
    backup: 'step_reset_chromium_backup',
  },
  edge: {
    open: 'step_reset_edge_open',
    confirm: 'step_reset_edge_confirm',
    loses: 'step_reset_edge_loses',
    backup: 'step_reset_edge_backup',
  },
};

function body(input: StepInput): Body {
  if (input.os === 'android') {
    return {
      title: text('step_reset_title_android'),
      instructions: [text('step_reset_android_open'), text('step_reset_android_confirm')],
      actions: [],
      destructive: {
        backup: text('step_reset_android_backup'),
        removes: text('step_reset_android_loses'),
        resume: text('step_reset_android_resume'),
      },
    };
  }
  if (input.browser === 'firefox') {
    return {
      title: text('step_reset_title_firefox'),
      instructions: [text('step_reset_firefox_open'), text('step_reset_firefox_confirm')],
      actions: [copy(ABOUT_SUPPORT, 'step_action_copy_about_support')],
      destructive: {
        backup: text('step_reset_firefox_backup'),
        removes: text('step_reset_firefox_loses'),
        resume: text('step_reset_firefox_resume'),
      },
    };
  }
  const keys = CHROMIUM_KEYS[input.browser];
  return {
    title: text('step_reset_title'),
    instructions: [text(keys.open), text(keys.confirm)],
    actions: openPage(input.browser, input.os, 'reset', 'step_action_open_reset'),
    destructive: {
      backup: text(keys.backup),
      removes: text(keys.loses),
      // Every Chromium browser here has an extensions page (actions.ts); Android took the branch above.
      resume: text('step_reset_chromium_resume', pageUrl(input.browser, 'extensions') ?? ''),
    },
  };
}

export const browserReset = defineStep({
  id: 'browser-reset',
  causes: ['interception', 'browser-settings', 'unknown'],
  destructive: true,
  applies: () => true,
  build: (input) => {
    const b = body(input);
    return {
      title: b.title,
      why: uniqueTexts([text('step_why_last_resort'), ...input.triggers.map((c) => causeIntro(c.cause, input))]),
      instructions: b.instructions,
      actions: [copyReportAndSteps(), ...b.actions, retry()],
      verify: text('step_reset_verify'),
      destructive: b.destructive,
    };
  },
});
