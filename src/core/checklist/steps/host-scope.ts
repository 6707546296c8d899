// Steps for servers that are not public sites (src/core/host-scope.ts): a device on the person's
// own network, a site of their organisation, a program on this computer. None of them has a
// "site's owner" to contact: the person, their IT department or the program's settings fix it.
import { hostScope, type HostScope } from '../../host-scope';
import type { FailureKind } from '../../kinds';
import { keyPart } from '../../message-key';
import { text, type Text } from '../../text';
import { copy, goToReport, retry } from '../actions';
import { failureDetails, isDesktopOs, isFirefox, uniqueTexts } from '../common';
import { defineStep } from '../define-step';
import type { StepInput } from '../types';

const ABOUT_PROFILES = 'about:profiles';
const ABOUT_PREFERENCES_PRIVACY = 'about:preferences#privacy';

const scopeOf = (input: StepInput): HostScope => hostScope(input.diagnosis.host);

/** Whose server it is, then the evidence of the causes that brought the step in (less the diagnosis's own line on whose server it is). */
function scopeWhy(input: StepInput): Text[] {
  const scope = scopeOf(input);
  const intro = scope === 'public' ? [] : [text(`step_why_${keyPart(scope)}`, input.diagnosis.host)];
  return uniqueTexts([...intro, ...input.triggers.flatMap((c) => c.evidence).filter((t) => !t.key.startsWith('ev_scope_'))]);
}

/** Kinds a device's own, self-made certificate produces: trusting that one certificate is the answer. */
const OWN_CERTIFICATE_KINDS: ReadonlySet<FailureKind> = new Set(['cert-untrusted', 'cert-name']);
/** Kinds of a device older than the browser: old TLS versions, old ciphers, weak certificates. */
const TOO_OLD_KINDS: ReadonlySet<FailureKind> = new Set(['protocol-mismatch', 'cert-weak']);

export const deviceCertificate = defineStep({
  id: 'device-certificate',
  causes: ['site-certificate'],
  applies: (input) => scopeOf(input) === 'home-device' && OWN_CERTIFICATE_KINDS.has(input.diagnosis.kind),
  build: (input) => {
    const firefox = isFirefox(input) && isDesktopOs(input.os);
    return {
      title: text('step_device_cert_title'),
      why: scopeWhy(input),
      instructions: [
        text('step_device_cert_expected'),
        text('step_device_cert_check'),
        firefox ? text('step_device_cert_firefox', input.diagnosis.host) : text('step_device_cert_for_a_while'),
        text('step_device_cert_lasting'),
        text('step_device_cert_no_root'),
      ],
      actions: [...(firefox ? [copy(ABOUT_PREFERENCES_PRIVACY, 'step_action_copy_about_preferences_privacy')] : []), retry()],
      verify: text('step_device_cert_verify'),
    };
  },
});

export const deviceFirmware = defineStep({
  id: 'device-firmware',
  causes: ['site-configuration', 'site-certificate'],
  applies: (input) => scopeOf(input) === 'home-device' && !OWN_CERTIFICATE_KINDS.has(input.diagnosis.kind),
  build: (input) => ({
    title: text('step_device_firmware_title'),
    why: scopeWhy(input),
    instructions: [
      text('step_device_firmware_find', input.diagnosis.host),
      text('step_device_firmware_update'),
      text('step_device_firmware_restart'),
      text('step_device_firmware_unsupported'),
    ],
    actions: [retry()],
    verify: text('step_device_firmware_verify'),
  }),
});

export const deviceTooOld = defineStep({
  id: 'device-too-old',
  causes: ['site-configuration', 'site-certificate'],
  applies: (input) => scopeOf(input) === 'home-device' && TOO_OLD_KINDS.has(input.diagnosis.kind),
  build: (input) => {
    const firefox = isFirefox(input) && isDesktopOs(input.os);
    return {
      title: text('step_device_old_title'),
      why: scopeWhy(input),
      instructions: [
        text('step_device_old_explain'),
        text('step_device_old_app'),
        text(firefox ? 'step_device_old_firefox' : isFirefox(input) ? 'step_device_old_firefox_android' : 'step_device_old_chromium'),
        text('step_device_old_http'),
        text('step_device_old_replace'),
      ],
      actions: [...(firefox ? [copy(ABOUT_PROFILES, 'step_action_copy_about_profiles')] : []), retry()],
      verify: text('step_device_old_verify'),
    };
  },
});

export const showIt = defineStep({
  id: 'show-it',
  causes: ['site-certificate', 'site-configuration', 'client-certificate'],
  applies: (input) => scopeOf(input) === 'organisation',
  build: (input) => ({
    title: text('step_org_title'),
    why: scopeWhy(input),
    instructions: [text('step_org_explain', input.diagnosis.host), text('step_org_report'), text('step_org_no_bypass')],
    actions: [goToReport(), copy(failureDetails(input), 'step_action_copy_details'), retry()],
    verify: text('step_org_verify'),
  }),
});

export const localProgram = defineStep({
  id: 'local-program',
  causes: ['site-certificate', 'site-configuration'],
  applies: (input) => scopeOf(input) === 'this-computer',
  build: (input) => ({
    title: text('step_local_title'),
    why: scopeWhy(input),
    instructions: [text('step_local_explain', input.diagnosis.host), text('step_local_dev'), text('step_local_app')],
    actions: [retry()],
    verify: text('step_local_verify'),
  }),
});
