// The site is at fault: say so plainly, warn against entering secrets, and say how to reach
// the owner through a channel other than the broken site. Under an open verdict it says "if".
import { hostScope } from '../../host-scope';
import { text } from '../../text';
import { copy, retry } from '../actions';
import { causeWhy, failureDetails, hasCause } from '../common';
import { defineStep } from '../define-step';
import type { StepInput } from '../types';

const underClockVerdict = (input: StepInput): boolean =>
  input.top.cause === 'system-clock' && input.triggers.some((c) => c.cause === 'site-certificate');

export const siteOwner = defineStep({
  id: 'site-owner',
  causes: ['site-certificate', 'site-configuration'],
  // The verdict, or one of several open possibilities; never a minor note under a firm verdict,
  // except under a clock verdict: that rests on servers' `Date` headers, which a site can forge, so
  // the site-certificate possibility and its "do not enter passwords" line stay.
  // A device at home, an intranet site or a program on this computer has no owner to contact
  // (steps/host-scope.ts has their steps).
  applies: (input) =>
    hostScope(input.diagnosis.host) === 'public' && (input.uncertain || input.triggers.includes(input.top) || underClockVerdict(input)),
  build: (input) => {
    const { host, errorCode, rawError } = input.diagnosis;
    const what = hasCause(input, 'site-certificate') ? 'certificate' : 'configuration';
    const possible = input.uncertain || underClockVerdict(input);
    return {
      title: text(possible ? 'step_site_title_possible' : 'step_site_title'),
      why: causeWhy(input),
      instructions: [
        text(`step_site_${what}_${possible ? 'possible' : 'explain'}`, host),
        text('step_site_no_secrets'),
        text('step_site_contact', host, errorCode || rawError),
        text('step_site_later'),
      ],
      actions: [copy(failureDetails(input), 'step_action_copy_details'), retry()],
      verify: text('step_site_verify'),
    };
  },
});
