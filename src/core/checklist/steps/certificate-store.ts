// The certificate store (destructive). Firefox: a damaged cert9.db is rebuilt by renaming it
// (cert8.db is the old format current Firefox ignores). Chromium browsers: review the store
// they trust (Windows certificate store, macOS keychain, the NSS database on Linux, ChromeOS's
// certificate manager, Android's user credentials) for leftover or distrusted certificates.
// Deleting is limited to the detected product's certificate, or one plainly named after security
// or proxy software no longer used: certmgr.msc shows no install date, and many legitimate roots
// have unfamiliar names.
import type { FailureKind, OsName } from '../../kinds';
import { text, type Text } from '../../text';
import { copy, copyReportAndSteps, openPage, retry } from '../actions';
import { causeIntro, uniqueTexts } from '../common';
import { defineStep } from '../define-step';
import type { DestructiveNotes, Step, StepAction, StepInput } from '../types';
import { CERTMGR } from './client-certificate';

/** Kinds a damaged or tampered store can produce. */
const STORE_KINDS: ReadonlySet<FailureKind> = new Set(['cert-untrusted', 'cert-invalid', 'interception-detected', 'tls-unknown']);

export const ABOUT_SUPPORT = 'about:support';
const NSSDB_RENAME = 'mv ~/.pki/nssdb ~/.pki/nssdb.old';

type Body = Pick<Step, 'title' | 'instructions'> & {
  actions: StepAction[];
  destructive: DestructiveNotes;
};

/** Firefox's desktop builds label the profile folder per OS; ChromeOS runs the Linux build. */
const FIREFOX_DESKTOP: Readonly<Record<Exclude<OsName, 'android'>, 'windows' | 'macos' | 'linux'>> = {
  windows: 'windows',
  macos: 'macos',
  linux: 'linux',
  chromeos: 'linux',
};

function firefox(os: Exclude<OsName, 'android'>): Body {
  const variant = FIREFOX_DESKTOP[os];
  return {
    title: text('step_certstore_title_firefox'),
    instructions: [
      text(`step_certstore_firefox_open_${variant}`),
      text(`step_certstore_firefox_quit_${variant}`),
      text('step_certstore_firefox_rename'),
      text('step_certstore_firefox_restart'),
    ],
    actions: [copyReportAndSteps(), copy(ABOUT_SUPPORT, 'step_action_copy_about_support')],
    destructive: {
      backup: text('step_certstore_firefox_backup'),
      removes: text('step_certstore_firefox_loses'),
      resume: text('step_certstore_firefox_resume'),
    },
  };
}

/** What to look for, and not to delete on a guess: the detected product's certificate when one was seen. */
function lookFor(input: StepInput, look: Text): Text[] {
  const product = input.context.interceptionProduct;
  return [
    text(input.os === 'android' ? 'step_certstore_dont_guess_android' : 'step_certstore_dont_guess'),
    look,
    ...(product ? [text('step_certstore_product', product)] : []),
  ];
}

function chromium(input: StepInput): Body {
  const certificates = openPage(input.browser, input.os, 'certificates', 'step_action_open_certificates');
  const restart = (backup: Text, removes: Text): DestructiveNotes => ({ backup, removes, resume: text('step_certstore_restart_resume') });
  const noRestart = (backup: Text, removes: Text): DestructiveNotes => ({
    backup,
    removes,
    resume: text('step_certstore_no_restart_resume'),
  });
  const system = restart(text('step_certstore_system_backup'), text('step_certstore_system_loses'));
  const bodies: Readonly<Record<OsName, () => Body>> = {
    windows: () => ({
      title: text('step_certstore_title_system'),
      instructions: [
        text('step_certstore_windows_open'),
        text('step_certstore_windows_untrusted'),
        ...lookFor(input, text('step_certstore_windows_look')),
        text('step_certstore_windows_delete'),
      ],
      actions: [copyReportAndSteps(), copy(CERTMGR, 'step_action_copy_certmgr'), ...certificates],
      destructive: system,
    }),
    macos: () => ({
      title: text('step_certstore_title_system'),
      instructions: [
        text('step_certstore_macos_open'),
        text('step_certstore_macos_trust'),
        ...lookFor(input, text('step_certstore_macos_look')),
        text('step_certstore_macos_delete'),
      ],
      actions: [copyReportAndSteps(), ...certificates],
      destructive: system,
    }),
    linux: () => ({
      title: text('step_certstore_title_linux'),
      instructions: [
        ...lookFor(input, text('step_certstore_linux_review')),
        text('step_certstore_linux_quit'),
        text('step_certstore_linux_rename'),
        text('step_certstore_linux_restart'),
      ],
      actions: [copyReportAndSteps(), ...certificates, copy(NSSDB_RENAME, 'step_action_copy_command')],
      destructive: restart(text('step_certstore_linux_backup'), text('step_certstore_linux_loses')),
    }),
    chromeos: () => ({
      title: text('step_certstore_title_system'),
      instructions: [text('step_certstore_chromeos_open'), ...lookFor(input, text('step_certstore_chromeos_review'))],
      actions: certificates,
      destructive: noRestart(text('step_certstore_chromeos_backup'), text('step_certstore_chromeos_loses')),
    }),
    android: () => ({
      title: text('step_certstore_title_system'),
      instructions: [text('step_certstore_android_open'), ...lookFor(input, text('step_certstore_android_remove'))],
      actions: [],
      destructive: noRestart(text('step_certstore_android_backup'), text('step_certstore_android_loses')),
    }),
  };
  return bodies[input.os]();
}

export const certificateStore = defineStep({
  id: 'certificate-store',
  causes: ['interception', 'unknown'],
  destructive: true,
  // Firefox for Android keeps its profile out of reach.
  applies: (input) => STORE_KINDS.has(input.diagnosis.kind) && !(input.browser === 'firefox' && input.os === 'android'),
  build: (input) => {
    const body = input.browser === 'firefox' && input.os !== 'android' ? firefox(input.os) : chromium(input);
    return {
      title: body.title,
      // A named product's certificate may be the one to remove, so its name stays in the why.
      why: uniqueTexts([text('step_why_last_resort'), ...input.triggers.map((c) => causeIntro(c.cause, input, true))]),
      instructions: body.instructions,
      actions: [...body.actions, retry()],
      verify: text('step_certstore_verify'),
      destructive: body.destructive,
    };
  },
});
