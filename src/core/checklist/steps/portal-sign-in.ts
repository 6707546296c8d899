// The network wants a sign-in first: open its sign-in page (the address the captive-portal check
// recorded), sign in, and the failed site is loaded again.
import { text, type Text } from '../../text';
import { retry } from '../actions';
import { causeWhy, isDesktopOs, isFirefox } from '../common';
import { defineStep } from '../define-step';

export const portalSignIn = defineStep({
  id: 'portal-sign-in',
  causes: ['captive-portal'],
  applies: () => true,
  build: (input) => {
    const instructions: Text[] = [text('step_sign_in_open')];
    // Firefox's own error page and notification bar offer "Open network login page" too.
    if (isFirefox(input) && isDesktopOs(input.os)) instructions.push(text('step_portal_firefox'));
    instructions.push(text(input.os === 'android' ? 'step_portal_android' : 'step_portal_system'), text('step_sign_in_back'));
    return {
      title: text('step_sign_in_title'),
      why: causeWhy(input),
      instructions,
      actions: [{ type: 'open-sign-in', label: text('step_action_open_sign_in') }, retry()],
      verify: text('step_portal_verify'),
    };
  },
});
