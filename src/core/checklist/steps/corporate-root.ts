// A company's inspection root that the operating system trusts but Firefox does not: every site
// fails in Firefox with an unknown issuer while Chrome, which uses the system's roots, works.
// Firefox on Windows and macOS can trust the system's added roots
// (`security.enterprise_roots.enabled`, on by default since Firefox 120; the checkbox in its
// settings exists only there); on Linux the root is imported into Firefox or installed through
// the `Certificates` enterprise policy. When a product is named, its own steps come first instead.
import type { MessageKey } from '../../message-key';
import { text, type Text } from '../../text';
import { copy, retry } from '../actions';
import { causeWhy, isDesktopOs, isFirefox } from '../common';
import { defineStep } from '../define-step';
import type { StepInput } from '../types';

const ENTERPRISE_ROOTS_PREF = 'security.enterprise_roots.enabled';
const CERTIFICATE_SETTINGS = 'about:preferences#privacy';

/** Firefox's names for a certificate from an issuer it does not know, or a detected interceptor. */
const UNKNOWN_ISSUER_CODES: ReadonlySet<string> = new Set(['SEC_ERROR_UNKNOWN_ISSUER', 'MOZILLA_PKIX_ERROR_MITM_DETECTED']);

/** Several unrelated sites failed with that error (the shared-untrusted-issuer finding). */
const onSeveralSites = (input: StepInput): boolean =>
  input.triggers.some((c) => c.cause === 'interception' && c.evidence.some((line) => line.key === 'ev_shared_issuer'));

const LINUX: readonly MessageKey[] = ['step_corproot_linux_import', 'step_corproot_linux_policy'];
const WINDOWS_MACOS: readonly MessageKey[] = ['step_corproot_option', 'step_corproot_pref'];

export const corporateRoot = defineStep({
  id: 'corporate-root',
  causes: ['interception'],
  applies: (input) =>
    isFirefox(input) &&
    isDesktopOs(input.os) &&
    UNKNOWN_ISSUER_CODES.has(input.diagnosis.errorCode) &&
    !input.context.interceptionProduct &&
    onSeveralSites(input),
  // Before the other interception steps: this is the likeliest fix for what the evidence shows.
  priority: () => -1,
  build: (input) => {
    const systemRoots = input.os === 'windows' || input.os === 'macos';
    const instructions: Text[] = [
      text('step_corproot_when'),
      ...(systemRoots ? WINDOWS_MACOS : LINUX).map((key) => text(key)),
      text('step_corproot_not_company'),
    ];
    return {
      title: text('step_corproot_title'),
      why: causeWhy(input, [text('step_why_corproot')]),
      instructions,
      actions: [
        copy(CERTIFICATE_SETTINGS, 'step_action_copy_firefox_privacy'),
        ...(systemRoots
          ? [copy('about:config', 'step_action_copy_about_config'), copy(ENTERPRISE_ROOTS_PREF, 'step_action_copy_enterprise_roots')]
          : []),
        retry(),
      ],
      verify: text('step_corproot_verify'),
    };
  },
});
