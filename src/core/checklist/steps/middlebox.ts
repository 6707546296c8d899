// A box on the network that breaks modern TLS (src/core/diagnose/rules/middlebox.ts): confirm it
// on another network, run Firefox's post-quantum test, and hand the network's administrator a
// report. Chrome and Edge have no switch left: Chromium 156 has neither the post-quantum flag nor
// the PostQuantumKeyAgreementEnabled policy, so the box itself needs an update.
import type { RankedCause } from '../../diagnose/types';
import { text, type Text } from '../../text';
import { copy, retry } from '../actions';
import { causeWhy, failureDetails, isDesktopOs, isFirefox } from '../common';
import { defineStep } from '../define-step';
import type { StepAction, StepInput } from '../types';

const ABOUT_CONFIG = 'about:config';
const KYBER_PREF = 'security.tls.enable_kyber';
const HTTP3_KYBER_PREF = 'network.http.http3.enable_kyber';

/** The diagnose rules that name a middlebox (src/core/diagnose/rules/middlebox.ts), by the cause they rank. */
const isMiddlebox = (c: RankedCause): boolean => c.rule === 'middlebox' || c.rule === 'tls13-downgrade';
const isDowngrade = (input: StepInput): boolean => input.triggers.some((c) => c.rule === 'tls13-downgrade');

/** What the administrator needs, in the protocol's own terms (they read it whatever the UI language). */
function report(input: StepInput, downgrade: boolean): string {
  const what = downgrade
    ? 'TLS 1.3 downgrade detected: a device on the path terminates TLS and answers with an older version'
    : 'connection cut off during the TLS handshake; other sites load. Likely a firewall or inspection device that drops a ClientHello with the X25519MLKEM768 (0x11EC) key share, see https://tldr.fail';
  return `${failureDetails(input)} (${what})`;
}

function postQuantumTest(input: StepInput): { instructions: Text[]; actions: StepAction[] } {
  if (!isFirefox(input)) return { instructions: [text('step_middlebox_chromium_no_switch')], actions: [] };
  // Release Firefox for Android has no about:config.
  if (!isDesktopOs(input.os)) return { instructions: [text('step_middlebox_firefox_android')], actions: [] };
  return {
    instructions: [text('step_middlebox_firefox_open'), text('step_middlebox_firefox_test'), text('step_middlebox_firefox_back')],
    actions: [
      copy(ABOUT_CONFIG, 'step_action_copy_about_config'),
      copy(KYBER_PREF, 'step_action_copy_kyber_pref'),
      copy(HTTP3_KYBER_PREF, 'step_action_copy_http3_kyber_pref'),
    ],
  };
}

export const middlebox = defineStep({
  id: 'middlebox',
  causes: ['network'],
  applies: (input) => input.triggers.some(isMiddlebox),
  // The most specific network step: before the captive-portal and generic filter checks.
  priority: () => -1,
  build: (input) => {
    const downgrade = isDowngrade(input);
    const test = downgrade ? { instructions: [], actions: [] } : postQuantumTest(input);
    return {
      title: text(downgrade ? 'step_middlebox_title_downgrade' : 'step_middlebox_title'),
      why: causeWhy(input),
      instructions: [
        text(isDesktopOs(input.os) ? 'step_middlebox_other_network' : 'step_middlebox_other_network_android'),
        ...test.instructions,
        text('step_middlebox_admin', input.diagnosis.host),
        text('step_middlebox_home'),
      ],
      actions: [...test.actions, copy(report(input, downgrade), 'step_action_copy_report'), retry()],
      verify: text('step_middlebox_verify'),
    };
  },
});
