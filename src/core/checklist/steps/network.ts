// The network: a captive portal that wants a sign-in first, or a firewall, filter or router
// feature that blocks or alters secure connections.
import type { FailureKind } from '../../kinds';
import { text, type Text } from '../../text';
import { copy, retry } from '../actions';
import { causeWhy, failureDetails, isDesktopOs, isFirefox } from '../common';
import { defineStep } from '../define-step';

/** A portal answers with its own page or certificate, or drops the connection; it doesn't
 * narrow TLS versions or ask for client certificates. */
const NOT_PORTAL_KINDS: ReadonlySet<FailureKind> = new Set(['protocol-mismatch', 'client-cert']);

export const captivePortal = defineStep({
  id: 'captive-portal',
  causes: ['network'],
  applies: (input) => !NOT_PORTAL_KINDS.has(input.diagnosis.kind),
  build: (input) => {
    const instructions: Text[] = [text('step_portal_explain'), text('step_portal_open')];
    if (isFirefox(input) && isDesktopOs(input.os)) instructions.push(text('step_portal_firefox'));
    instructions.push(text(input.os === 'android' ? 'step_portal_android' : 'step_portal_system'));
    return {
      title: text('step_portal_title'),
      why: causeWhy(input),
      instructions,
      actions: [retry()],
      verify: text('step_portal_verify'),
    };
  },
});

export const networkFilter = defineStep({
  id: 'network-filter',
  causes: ['network'],
  applies: () => true,
  build: (input) => {
    const { host, errorCode, rawError } = input.diagnosis;
    return {
      title: text('step_filter_title'),
      why: causeWhy(input),
      instructions: [
        text(isDesktopOs(input.os) ? 'step_filter_other_network' : 'step_filter_other_network_android'),
        text('step_filter_work', host, errorCode || rawError),
        text('step_filter_home'),
      ],
      actions: [copy(failureDetails(input), 'step_action_copy_details'), retry()],
      verify: text('step_filter_verify'),
    };
  },
});
