// Narrowing down: another site, another network, another browser, another device. Each result
// points at a different culprit, so it comes first whenever the verdict is open or the likely
// cause is one of those these comparisons confirm (network, interception, browser settings), unless
// the evidence already names who intercepts: then that product's own steps lead.
import type { Cause } from '../../kinds';
import { text } from '../../text';
import { isDesktopOs } from '../common';
import { defineStep } from '../define-step';

const CONFIRMED_BY_COMPARING: ReadonlySet<Cause> = new Set(['interception', 'browser-settings', 'network', 'unknown']);

export const narrowDown = defineStep({
  id: 'narrow-down',
  causes: [],
  applies: (input) =>
    input.uncertain ||
    (CONFIRMED_BY_COMPARING.has(input.top.cause) && !(input.top.cause === 'interception' && input.diagnosis.product !== undefined)),
  build: (input) => ({
    title: text('step_narrow_title'),
    why: [text(input.uncertain ? 'step_why_narrow_uncertain' : 'step_why_narrow_local')],
    instructions: [
      text('step_narrow_other_site'),
      text(isDesktopOs(input.os) ? 'step_narrow_other_network' : 'step_narrow_other_network_android'),
      text('step_narrow_other_browser'),
      text('step_narrow_other_device'),
    ],
    actions: [],
    verify: text('step_narrow_verify'),
  }),
});
