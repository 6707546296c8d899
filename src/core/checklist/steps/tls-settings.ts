// TLS version settings. Firefox keeps them in about:config, and its own error page offers
// "Restore default settings" when they were changed (aboutNetError, for version failures). Chrome
// and Edge have no such setting (their own TLS stack ignores the Windows Internet Options boxes)
// and no policy that lowers it: SSLVersionMin is ignored since Edge 98, and Chrome no longer lets
// it go below TLS 1.2. So on those browsers the step rules the browser out and says who is left:
// the site, or a security product or proxy that does not speak modern TLS.
import { text, type Text } from '../../text';
import { copy, retry, showNative } from '../actions';
import { CERTIFICATE_KINDS, causeWhy } from '../common';
import { defineStep } from '../define-step';
import type { StepAction, StepInput } from '../types';

const ABOUT_CONFIG = 'about:config';
const TLS_MIN_PREF = 'security.tls.version.min';
const TLS_MAX_PREF = 'security.tls.version.max';

type Body = { title: Text; instructions: Text[]; actions: StepAction[]; verify: Text };

function firefoxStep(): Body {
  return {
    title: text('step_tls_title'),
    instructions: [
      text('step_tls_firefox_restore'),
      text('step_tls_firefox_by_hand'),
      text('step_tls_firefox_open'),
      text('step_tls_firefox_search'),
      text('step_tls_firefox_values'),
      text('step_tls_firefox_reset'),
      text('step_tls_firefox_locked'),
      text('step_tls_firefox_no_lower'),
    ],
    actions: [
      showNative('step_action_show_firefox_page'),
      copy(ABOUT_CONFIG, 'step_action_copy_about_config'),
      copy(TLS_MIN_PREF, 'step_action_copy_tls_min'),
      copy(TLS_MAX_PREF, 'step_action_copy_tls_max'),
    ],
    verify: text('step_tls_verify'),
  };
}

function chromiumStep(input: StepInput): Body {
  return {
    title: text('step_tls_title_chromium'),
    instructions: [
      ...(input.os === 'windows' ? [text('step_tls_chromium_internet_options')] : []),
      text('step_tls_chromium_no_setting'),
      text('step_tls_chromium_some_sites'),
    ],
    actions: [],
    verify: text('step_tls_verify_chromium'),
  };
}

export const tlsSettings = defineStep({
  id: 'tls-settings',
  causes: ['browser-settings'],
  applies: (input) =>
    !CERTIFICATE_KINDS.has(input.diagnosis.kind) &&
    input.diagnosis.kind !== 'client-cert' &&
    // Release Firefox for Android has no about:config.
    !(input.browser === 'firefox' && input.os === 'android'),
  // Chromium cannot tell whether TLS settings changed, so an open verdict on a version or
  // cipher mismatch keeps this check even when no rule ranked browser settings.
  fallback: (input) => input.diagnosis.kind === 'protocol-mismatch' && input.uncertain,
  build: (input) => {
    const { title, instructions, actions, verify } = input.browser === 'firefox' ? firefoxStep() : chromiumStep(input);
    return {
      title,
      why: input.triggers.length > 0 ? causeWhy(input) : [text('step_why_protocol_mismatch')],
      instructions,
      actions: [...actions, retry()],
      verify,
    };
  },
});
